package se.syfte.imports.db;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.imports.ColumnMapping;
import se.syfte.imports.ImportKind;

/** Mapping profiles: a {@code --map} and {@code --kind} saved under a name for the next file of that layout. */
@Repository
public class ImportProfileRepository {

    public record Profile(String name, Optional<ImportKind> kind, ColumnMapping mapping) {}

    private final JdbcClient jdbc;

    ImportProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long org, Profile profile) {
        jdbc.sql("DELETE FROM import_profile WHERE org_id = :org AND name = :name")
                .param("org", org)
                .param("name", profile.name())
                .update();
        jdbc.sql("INSERT INTO import_profile (org_id, name, kind, mapping) VALUES (:org, :name, :kind, :mapping)")
                .param("org", org)
                .param("name", profile.name())
                .param("kind", profile.kind().map(Enum::name).orElse(null), java.sql.Types.VARCHAR)
                .param("mapping", String.join("\n", profile.mapping().written()))
                .update();
    }

    public Optional<Profile> find(long org, String name) {
        return jdbc.sql("SELECT name, kind, mapping FROM import_profile WHERE org_id = :org AND name = :name")
                .param("org", org)
                .param("name", name)
                .query((rs, row) -> new Profile(
                        rs.getString("name"),
                        Optional.ofNullable(rs.getString("kind")).map(ImportKind::valueOf),
                        ColumnMapping.parse(mappingLines(rs.getString("mapping")))))
                .optional();
    }

    public List<String> names(long org) {
        return jdbc.sql("SELECT name FROM import_profile WHERE org_id = :org ORDER BY name")
                .param("org", org)
                .query(String.class)
                .list();
    }

    private static List<String> mappingLines(String mapping) {
        return Arrays.stream(mapping.split("\n"))
                .filter(line -> !line.isBlank())
                .toList();
    }
}
