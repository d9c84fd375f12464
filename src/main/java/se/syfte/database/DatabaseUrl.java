package se.syfte.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JDBC URL Syfte runs on: given with {@code --db}, else {@code SYFTE_DB_URL}, else the
 * embedded DuckDB file under {@code ./data}.
 */
public record DatabaseUrl(String url, Vendor vendor) {

    public static final String ENVIRONMENT_VARIABLE = "SYFTE_DB_URL";
    static final Path DEFAULT_FILE = Path.of("data", "syfte.duckdb");

    public DatabaseUrl {
        if (vendor == null) {
            throw new IllegalArgumentException("unknown vendor for " + url);
        }
    }

    /** Reads a URL as the user wrote it; refuses what Syfte cannot run on. */
    public static DatabaseUrl parse(String url) {
        String trimmed = url == null ? "" : url.trim();
        return Vendor.of(trimmed)
                .map(vendor -> new DatabaseUrl(trimmed, vendor))
                .orElseThrow(() -> new UnsupportedDatabaseException(trimmed));
    }

    public static DatabaseUrl resolve(String option, Optional<String> environment) {
        if (option != null && !option.isBlank()) {
            return parse(option);
        }
        return environment
                .filter(value -> !value.isBlank())
                .map(DatabaseUrl::parse)
                .orElseGet(DatabaseUrl::embedded);
    }

    public static DatabaseUrl embedded() {
        return new DatabaseUrl("jdbc:duckdb:" + DEFAULT_FILE, Vendor.DUCKDB);
    }

    /** The database file of a DuckDB URL; empty for PostgreSQL and for an in-memory DuckDB. */
    public Optional<Path> file() {
        if (vendor != Vendor.DUCKDB) {
            return Optional.empty();
        }
        String rest = url.substring(Vendor.DUCKDB.prefix().length());
        int options = rest.indexOf('?');
        String path = options < 0 ? rest : rest.substring(0, options);
        return path.isEmpty() || path.startsWith(":memory:") ? Optional.empty() : Optional.of(Path.of(path));
    }

    /** Creates the folder of a DuckDB file, which DuckDB itself does not. */
    public void createFolder() {
        file().map(path -> path.toAbsolutePath().getParent()).ifPresent(folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the database folder " + folder, e);
            }
        });
    }

    /** The URL without credentials, for messages. */
    public String display() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }
}
