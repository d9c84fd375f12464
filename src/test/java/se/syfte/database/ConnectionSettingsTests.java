package se.syfte.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.support.DatabaseTest;
import se.syfte.support.TestDatabase;

/**
 * Each database's connections are set up for the report queries: PostgreSQL plans every
 * execution for its own parameters (a cached generic plan made the attainment query 700 ms
 * instead of 10) and does not JIT-compile; DuckDB streams results for the journey walk.
 */
class ConnectionSettingsTests extends DatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void connectionsAreSetUpForTheReportQueriesOfTheirDatabase() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        if (TestDatabase.isPostgreSql()) {
            assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single())
                    .isEqualTo("force_custom_plan");
            assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
        } else {
            assertThat(hikari.getDataSourceProperties().getProperty("jdbc_stream_results"))
                    .isEqualTo("true");
        }
    }
}
