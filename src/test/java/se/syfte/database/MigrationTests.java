package se.syfte.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.support.DatabaseTest;
import se.syfte.support.TestDatabase;

class MigrationTests extends DatabaseTest {

    private static final List<String> TABLES = List.of(
            "organisation",
            "team",
            "salesperson",
            "app_user",
            "user_team",
            "customer",
            "purpose",
            "purpose_keyword",
            "visit",
            "deal",
            "orders",
            "target",
            "import_profile",
            "import_lock",
            "sign_in_failure",
            "signed_in_session",
            "api_token",
            "audit_event");

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsATableForEveryEntityOfTheDomain() {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema IN ('main', 'public') AND table_name <> 'flyway_schema_history'
                          AND table_type = 'BASE TABLE'
                        """).query(String.class).list();
        assertThat(tables).containsExactlyInAnyOrderElementsOf(TABLES);
    }

    @Test
    void winEventsAreOneViewOfOrdersAndWonDeals() {
        List<String> views = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema IN ('main', 'public') AND table_type = 'VIEW'
                        """).query(String.class).list();
        assertThat(views).containsExactly("win_event");
    }

    @Test
    void everyTableButTheOrganisationsOwnCarriesTheOrganisation() {
        for (String table : TABLES.subList(1, TABLES.size())) {
            List<String> columns = jdbc.sql(
                            "SELECT column_name FROM information_schema.columns WHERE table_name = :table")
                    .param("table", table)
                    .query(String.class)
                    .list();
            assertThat(columns).as(table).contains("org_id");
        }
    }

    @Test
    void appliesTheVendorsOwnMigrationsOnlyWhereTheyBelong() {
        List<String> scripts = jdbc.sql(
                        "SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class)
                .list();
        assertThat(scripts).contains("V001__organisations.sql", "V003__visits_deals_orders_targets.sql");
        assertThat(scripts.contains("V003_1__foreign_keys_and_indexes.sql")).isEqualTo(TestDatabase.isPostgreSql());
    }

    /**
     * Visits, the one table imports fill by the million, have their references checked once per
     * import (VisitMergeReferencesTests) instead of by a trigger per row; on PostgreSQL the other
     * tables keep their foreign keys.
     */
    @Test
    void visitsHaveNoForeignKeysWhileOtherTablesOnPostgreSqlKeepTheirs() {
        assertThat(foreignKeys("visit")).isZero();
        assertThat(foreignKeys("deal") > 0).isEqualTo(TestDatabase.isPostgreSql());
    }

    private long foreignKeys(String table) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM information_schema.table_constraints
                        WHERE table_name = :table AND constraint_type = 'FOREIGN KEY'
                        """).param("table", table).query(Long.class).single();
    }
}
