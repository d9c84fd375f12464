package se.syfte.imports.db;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import se.syfte.database.BulkLoader;
import se.syfte.database.SqlFile;
import se.syfte.imports.ImportCounts;
import se.syfte.imports.ImportKind;

/**
 * Stages the visits, deals and orders of an import in temporary tables through the bulk loader,
 * as they are read, and merges each into its table in a few set-wise statements: adding the new,
 * updating the changed. Runs inside the import's transaction.
 */
@Repository
public class ImportStaging {

    /** The kinds an import stages: their merge statements and the staged columns, in order. */
    public enum Kind {
        VISITS(
                ImportKind.VISITS,
                "visit-merge.sql",
                "import_visit",
                "row_no",
                "external_id",
                "visit_date",
                "visit_time",
                "salesperson_id",
                "customer_id",
                "purpose_id",
                "duration_minutes",
                "channel",
                "note"),
        DEALS(
                ImportKind.DEALS,
                "deal-merge.sql",
                "import_deal",
                "row_no",
                "external_id",
                "customer_id",
                "owner_id",
                "title",
                "created_date",
                "stage",
                "value",
                "currency",
                "status",
                "close_date"),
        ORDERS(
                ImportKind.ORDERS,
                "order-merge.sql",
                "import_order",
                "row_no",
                "external_id",
                "customer_id",
                "salesperson_id",
                "order_date",
                "amount",
                "currency");

        private final ImportKind imported;
        private final Map<String, String> sections;
        private final String table;
        private final List<String> columns;

        Kind(ImportKind imported, String file, String table, String... columns) {
            this.imported = imported;
            this.sections = sectionsOf(SqlFile.read(new ClassPathResource(file, ImportStaging.class)));
            this.table = table;
            this.columns = List.of(columns);
        }

        public ImportKind imported() {
            return imported;
        }

        private String section(String name) {
            return sections.get(name);
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ImportStaging(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Creates the staging table of a kind on the transaction's connection. */
    public Staged stage(long org, Kind kind) {
        jdbc.sql("DROP TABLE IF EXISTS " + kind.table).update();
        jdbc.sql(kind.section("create")).update();
        try {
            return new Staged(
                    org, kind, BulkLoader.into(DataSourceUtils.getConnection(dataSource), kind.table, kind.columns));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the bulk loader for " + kind.table, e);
        }
    }

    /** One kind's staged rows; {@link #merge()} stores them and tells what changed. */
    public final class Staged {
        private final long org;
        private final Kind kind;
        private final BulkLoader loader;
        private long rows;

        private Staged(long org, Kind kind, BulkLoader loader) {
            this.org = org;
            this.kind = kind;
            this.loader = loader;
        }

        /** The staged columns' values after the row number, which this counts. */
        public void add(Object... values) {
            Object[] row = new Object[values.length + 1];
            row[0] = ++rows;
            System.arraycopy(values, 0, row, 1, values.length);
            try {
                loader.append(row);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot stage a row of " + kind.table, e);
            }
        }

        public ImportCounts merge() {
            try {
                loader.close();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot stage the rows of " + kind.table, e);
            }
            for (String statement : statements(kind.section("match"))) {
                jdbc.sql(statement).param("org", org).update();
            }
            int updated = jdbc.sql(kind.section("update")).param("org", org).update();
            int added = jdbc.sql(kind.section("insert")).param("org", org).update();
            jdbc.sql(kind.section("drop")).update();
            return new ImportCounts(added, updated, (int) rows - added - updated);
        }
    }

    private static List<String> statements(String section) {
        return Arrays.stream(section.split(";\\s*(\\n|$)"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    /** The parts of a merge file, each after a line {@code -- section: name}. */
    private static Map<String, String> sectionsOf(String sql) {
        Map<String, String> sections = new LinkedHashMap<>();
        String[] parts = sql.split("(?m)^-- section: ");
        for (int i = 1; i < parts.length; i++) {
            int end = parts[i].indexOf('\n');
            sections.put(
                    parts[i].substring(0, end).strip(),
                    parts[i].substring(end + 1).strip().replaceAll(";$", ""));
        }
        return sections;
    }
}
