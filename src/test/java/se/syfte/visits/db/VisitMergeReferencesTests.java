package se.syfte.visits.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.syfte.database.StagedMerges;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.support.DatabaseTest;

/**
 * A visit's salesperson, customer and purpose are checked once per import, not by a foreign key
 * per row: a staged visit that names none that exists stores nothing, on both databases.
 */
class VisitMergeReferencesTests extends DatabaseTest {

    @Autowired
    VisitRepository visits;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TeamRepository teams;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStagedVisitOfASalespersonOrCustomerThatDoesNotExistStoresNothing() {
        Organisation organisation = organisations.create("references-" + System.nanoTime(), "References AB");
        long anna = salespeople.insert(organisation.id(), teams.insert(organisation.id(), "Nord"), "Anna", null);
        long customer = jdbc.sql("INSERT INTO customer (org_id, name) VALUES (:org, 'Kund AB') RETURNING id")
                .param("org", organisation.id())
                .query(Long.class)
                .single();

        for (long[] reference : new long[][] {{anna + 1_000_000, customer}, {anna, customer + 1_000_000}}) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                        StagedMerges.Staging staging = visits.stageImport(organisation.id());
                        staging.add(
                                null,
                                LocalDate.of(2026, 11, 2),
                                null,
                                reference[0],
                                reference[1],
                                null,
                                60,
                                "ON_SITE",
                                null,
                                "HELD",
                                true,
                                false);
                        staging.merge();
                    }))
                    .hasMessageContaining("refer to rows that do not exist");
        }
        transactions.executeWithoutResult(status -> {
            StagedMerges.Staging staging = visits.stageImport(organisation.id());
            staging.add(
                    null,
                    LocalDate.of(2026, 11, 2),
                    null,
                    anna,
                    customer,
                    null,
                    60,
                    "ON_SITE",
                    null,
                    "HELD",
                    true,
                    false);
            assertThat(staging.merge().added()).isEqualTo(1);
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
