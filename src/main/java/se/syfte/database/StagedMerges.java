package se.syfte.database;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Stages rows in a temporary table through the bulk loader as they come, and merges them into
 * their table in a few set-wise statements of a {@link MergeFile}: adding the new, updating the
 * changed. Runs inside the caller's transaction, on its connection.
 */
@Component
public class StagedMerges {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    StagedMerges(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Creates the merge's staging table on the transaction's connection. */
    public Staging stage(long org, MergeFile merge) {
        jdbc.sql("DROP TABLE IF EXISTS " + merge.stagingTable()).update();
        jdbc.sql(merge.section("create")).update();
        try {
            return new Staging(
                    org,
                    merge,
                    BulkLoader.into(DataSourceUtils.getConnection(dataSource), merge.stagingTable(), merge.columns()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the bulk loader for " + merge.stagingTable(), e);
        }
    }

    /** How many staged rows the merge added, how many stored rows it changed, and how many it found as they were. */
    public record Merged(int added, int updated, int unchanged) {}

    /** One merge's staged rows; {@link #merge()} stores them and tells what changed. */
    public final class Staging {
        private final long org;
        private final MergeFile merge;
        private final BulkLoader loader;
        private long rows;

        private Staging(long org, MergeFile merge, BulkLoader loader) {
            this.org = org;
            this.merge = merge;
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
                throw new IllegalStateException("Cannot stage a row of " + merge.stagingTable(), e);
            }
        }

        public Merged merge() {
            try {
                loader.close();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot stage the rows of " + merge.stagingTable(), e);
            }
            for (String statement : statements(merge.section("match"))) {
                jdbc.sql(statement).param("org", org).update();
            }
            merge.optionalSection("references").ifPresent(references -> {
                long dangling =
                        jdbc.sql(references).param("org", org).query(Long.class).single();
                if (dangling > 0) {
                    throw new IllegalStateException(
                            dangling + " staged rows of " + merge.stagingTable() + " refer to rows that do not exist");
                }
            });
            int updated = jdbc.sql(merge.section("update")).param("org", org).update();
            int added = jdbc.sql(merge.section("insert")).param("org", org).update();
            jdbc.sql(merge.section("drop")).update();
            return new Merged(added, updated, (int) rows - added - updated);
        }
    }

    private static List<String> statements(String section) {
        return Arrays.stream(section.split(";\\s*(\\n|$)"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
