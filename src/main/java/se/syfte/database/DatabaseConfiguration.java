package se.syfte.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Points Flyway at the shared migrations and at those of the database in use. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseUrl databaseUrl(@Value("${spring.datasource.url}") String url) {
        return DatabaseUrl.parse(url);
    }

    @Bean
    FlywayConfigurationCustomizer vendorMigrations(DatabaseUrl databaseUrl) {
        return configuration -> configuration.locations(migrationLocations(databaseUrl.vendor()));
    }

    /**
     * Per database: PostgreSQL's JIT compiles the plan of every large-looking query, which cost
     * a salesperson's attainment 400 ms of 420 in the benchmark, and after five executions of a
     * prepared statement it may settle on a generic plan, blind to the salespeople and dates
     * given: the dashboard's attainment query then took 700 ms instead of 10, so every execution
     * is planned for its own parameters; DuckDB materialises a whole
     * result unless asked to stream it, which the journey walk relies on.
     */
    @Bean
    static BeanPostProcessor vendorConnectionSettings(@Value("${spring.datasource.url}") String url) {
        Vendor vendor = DatabaseUrl.parse(url).vendor();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource hikari) {
                    if (vendor == Vendor.POSTGRESQL) {
                        hikari.setConnectionInitSql("SET jit = off; SET plan_cache_mode = force_custom_plan");
                    } else {
                        hikari.addDataSourceProperty("jdbc_stream_results", "true");
                    }
                }
                return bean;
            }
        };
    }

    static String[] migrationLocations(Vendor vendor) {
        return vendor == Vendor.POSTGRESQL
                ? new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor.migrationFolder()}
                : new String[] {"classpath:db/migration/common"};
    }
}
