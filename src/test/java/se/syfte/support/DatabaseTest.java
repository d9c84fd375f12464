package se.syfte.support;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.syfte.database.DatabaseUrl;

/**
 * Base of every test that touches the database. All share one Spring context (serving on a
 * random port, for the browser tests), and run once on
 * DuckDB and, when {@code SYFTE_TEST_DB_URL} is set, again on PostgreSQL (tag {@code database}).
 * Tests isolate themselves by working in organisations of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, PlantedFailure.class})
@Tag("database")
public abstract class DatabaseTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add(
                "spring.datasource.driver-class-name",
                () -> DatabaseUrl.parse(TestDatabase.url()).vendor().driverClass());
        // The lowest bcrypt cost: tests make many accounts, and the cost is not what they test.
        registry.add("syfte.security.bcrypt-cost", () -> "4");
    }
}
