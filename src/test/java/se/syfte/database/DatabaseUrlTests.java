package se.syfte.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

    @Test
    void defaultsToTheEmbeddedFileUnderData() {
        DatabaseUrl url = DatabaseUrl.resolve(null, Optional.empty());

        assertThat(url.vendor()).isEqualTo(Vendor.DUCKDB);
        assertThat(url.file()).contains(Path.of("data", "syfte.duckdb"));
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        DatabaseUrl url = DatabaseUrl.resolve("jdbc:duckdb:/tmp/x.duckdb", Optional.of("jdbc:postgresql://db/syfte"));

        assertThat(url.url()).isEqualTo("jdbc:duckdb:/tmp/x.duckdb");
    }

    @Test
    void takesTheEnvironmentWhenNoOptionIsGiven() {
        DatabaseUrl url = DatabaseUrl.resolve(null, Optional.of("jdbc:postgresql://db:5432/syfte"));

        assertThat(url.vendor()).isEqualTo(Vendor.POSTGRESQL);
        assertThat(url.file()).isEmpty();
    }

    @Test
    void refusesDatabasesSyfteDoesNotRunOn() {
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:mysql://localhost/syfte"))
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("jdbc:mysql://localhost/syfte")
                .hasMessageContaining("jdbc:duckdb:");
        assertThatThrownBy(() -> DatabaseUrl.parse("syfte.duckdb")).isInstanceOf(UnsupportedDatabaseException.class);
    }

    @Test
    void readsTheFileOfADuckDbUrlWithOptions() {
        assertThat(DatabaseUrl.parse("jdbc:duckdb:data/x.duckdb?access_mode=READ_ONLY")
                        .file())
                .contains(Path.of("data/x.duckdb"));
        assertThat(DatabaseUrl.parse("jdbc:duckdb:").file()).isEmpty();
    }

    @Test
    void hidesPasswordsWhenShown() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db/syfte?user=syfte&password=secret")
                        .display())
                .isEqualTo("jdbc:postgresql://db/syfte?user=syfte&password=***");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://syfte:secret@db/syfte").display())
                .isEqualTo("jdbc:postgresql://***@db/syfte");
    }

    @Test
    void postgreSqlAloneRunsTheVendorFolder() {
        assertThat(DatabaseConfiguration.migrationLocations(Vendor.POSTGRESQL))
                .containsExactly("classpath:db/migration/common", "classpath:db/migration/postgresql");
        assertThat(DatabaseConfiguration.migrationLocations(Vendor.DUCKDB))
                .containsExactly("classpath:db/migration/common");
    }
}
