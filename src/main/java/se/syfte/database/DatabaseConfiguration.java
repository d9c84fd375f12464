package se.syfte.database;

import org.springframework.beans.factory.annotation.Value;
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

    static String[] migrationLocations(Vendor vendor) {
        return vendor == Vendor.POSTGRESQL
                ? new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor.migrationFolder()}
                : new String[] {"classpath:db/migration/common"};
    }
}
