package se.syfte.bench.db;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.database.DatabaseUrl;
import se.syfte.database.SqlFile;
import se.syfte.database.TableStatistics;
import se.syfte.database.Vendor;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.OrganisationRepository;

/** Generates the benchmark organisation inside the database, where millions of rows take seconds. */
@Component
public class BenchmarkDataset {

    private static final String[] STATEMENTS = SqlFile.read(
                    new ClassPathResource("bench-data.sql", BenchmarkDataset.class))
            .split("\n;\n");

    /** The shape of the organisation: 1,000 salespeople, five years to {@code end}. */
    public record Size(int salespeople, int visits, int deals, int orders, LocalDate end) {

        public LocalDate start() {
            return end.minusDays(1825);
        }
    }

    private final OrganisationService organisations;
    private final OrganisationRepository repository;
    private final JdbcClient jdbc;
    private final TableStatistics statistics;
    private final Vendor vendor;

    BenchmarkDataset(
            OrganisationService organisations,
            OrganisationRepository repository,
            JdbcClient jdbc,
            TableStatistics statistics,
            DatabaseUrl url) {
        this.organisations = organisations;
        this.repository = repository;
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.vendor = url.vendor();
    }

    /**
     * Replaces the organisation {@code code} with a generated one of the given size, with the
     * planner's statistics brought up to date, so that what is measured next is Syfte's queries
     * and not a plan made for empty tables.
     */
    @Transactional
    public Organisation create(String code, Size size) {
        repository.findByCode(code).ifPresent(organisations::delete);
        Organisation organisation = organisations.create(code, "Syfte Benchmark AB");
        Map<String, Object> parameters = Map.of(
                "org", organisation.id(),
                "salespeople", size.salespeople(),
                "visits", size.visits(),
                "deals", size.deals(),
                "orders", size.orders(),
                "start", size.start(),
                "end", size.end());
        Arrays.stream(STATEMENTS)
                .forEach(statement -> jdbc.sql(statement).params(parameters).update());
        statistics.refresh();
        return organisation;
    }

    public long count(Organisation organisation, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE org_id = :org")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
    }

    /**
     * Empties the organisation's visits, so that the next import adds them all again, and has the
     * database put the deleted rows away now: otherwise the next import's commit pays for it
     * (DuckDB's checkpoint after a million deleted rows took about 20 s of a timed import).
     */
    public void deleteVisits(Organisation organisation) {
        jdbc.sql("DELETE FROM visit WHERE org_id = :org")
                .param("org", organisation.id())
                .update();
        if (vendor == Vendor.DUCKDB) {
            jdbc.sql("FORCE CHECKPOINT").query().listOfRows();
        } else {
            jdbc.sql("VACUUM ANALYZE visit").update();
        }
    }

    /** The floor a report cannot beat: one full scan of the organisation's visits. */
    public long scanVisits(Organisation organisation) {
        return jdbc.sql("SELECT SUM(duration_minutes) + COUNT(*) FROM visit WHERE org_id = :org")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
    }
}
