package se.syfte.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.bench.db.BenchmarkDataset;
import se.syfte.organisation.Organisation;
import se.syfte.support.DatabaseTest;
import se.syfte.support.TestDatabase;

/**
 * The benchmark's generated organisation is measured as it is, not as an empty table was
 * planned: on PostgreSQL the generator analyses the tables it filled, since autovacuum may be
 * off (it is on the CI machine's server) and then nothing else would.
 */
class BenchmarkDatasetTests extends DatabaseTest {

    private static final List<String> FILLED =
            List.of("team", "salesperson", "customer", "visit", "deal", "orders", "target");

    @Autowired
    BenchmarkDataset dataset;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theGeneratorLeavesTheTablesItFilledAnalysed() {
        Timestamp before = TestDatabase.isPostgreSql()
                ? jdbc.sql("SELECT CAST(clock_timestamp() AS TIMESTAMP)")
                        .query(Timestamp.class)
                        .single()
                : null;

        Organisation organisation = dataset.create(
                "bench-analysed", new BenchmarkDataset.Size(20, 5_000, 300, 400, LocalDate.of(2026, 11, 1)));

        assertThat(dataset.count(organisation, "visit")).isEqualTo(5_000);
        assertThat(dataset.count(organisation, "salesperson")).isEqualTo(20);
        // SPEC §5 at scale: owners for all, tiers for four in ten, plans in the last year only.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE org_id = :org AND tier IS NOT NULL"
                                + " AND owner_id IS NOT NULL")
                        .param("org", organisation.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(800);
        assertThat(jdbc.sql("SELECT MIN(visit_date) FROM visit WHERE org_id = :org AND planned")
                        .param("org", organisation.id())
                        .query(LocalDate.class)
                        .single())
                .isAfterOrEqualTo(LocalDate.of(2026, 11, 1).minusDays(365));
        if (TestDatabase.isPostgreSql()) {
            List<String> analysed = jdbc.sql("""
                            SELECT relname FROM pg_stat_user_tables
                            WHERE relname IN (:tables) AND last_analyze >= :before
                            ORDER BY relname
                            """)
                    .param("tables", FILLED)
                    .param("before", before)
                    .query(String.class)
                    .list();
            assertThat(analysed).containsExactlyInAnyOrderElementsOf(FILLED);
        }
    }
}
