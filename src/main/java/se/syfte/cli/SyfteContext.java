package se.syfte.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import se.syfte.SyfteApplication;
import se.syfte.database.DatabaseUrl;

/** Starts the Spring application on the database a command names. */
final class SyfteContext {

    private SyfteContext() {}

    static DatabaseUrl database(SyfteCommand global) {
        return DatabaseUrl.resolve(global.db, Optional.ofNullable(System.getenv(DatabaseUrl.ENVIRONMENT_VARIABLE)));
    }

    /** A context without web server and with quiet logs, for commands that do their work and end. */
    static ConfigurableApplicationContext startQuiet(SyfteCommand global) {
        return start(global, WebApplicationType.NONE, Map.of("logging.level.root", "warn"));
    }

    static ConfigurableApplicationContext start(
            SyfteCommand global, WebApplicationType type, Map<String, Object> properties) {
        DatabaseUrl database = database(global);
        database.createFolder();
        Map<String, Object> all = new HashMap<>(properties);
        all.put("spring.datasource.url", database.url());
        all.put("spring.datasource.driver-class-name", database.vendor().driverClass());
        SpringApplication application = new SpringApplication(SyfteApplication.class);
        application.setWebApplicationType(type);
        application.setDefaultProperties(all);
        return application.run();
    }
}
