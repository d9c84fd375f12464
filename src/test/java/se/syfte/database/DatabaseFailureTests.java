package se.syfte.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTests {

    @Test
    void aRefusedConnectionCannotOpenTheDatabase() {
        SQLException refused = new SQLException(
                "Connection to db:5432 refused.\nCheck the host.", "08001", new ConnectException("Connection refused"));

        assertThat(DatabaseFailure.describe(new IllegalStateException("context", refused)))
                .hasValue("Cannot open the database: Connection to db:5432 refused.");
    }

    @Test
    void aStatementTheDatabaseRefusedIsSaidSo() {
        SQLException overflow = new SQLException("ERROR: integer out of range", "22003");

        assertThat(DatabaseFailure.describe(new RuntimeException(overflow)))
                .hasValue("The database refused a statement: ERROR: integer out of range");
    }

    @Test
    void aLockedDuckDbFileNamesTheProcessHoldingIt() {
        SQLException locked = new SQLException(
                "IO Error: Could not set lock on file \"/srv/syfte.duckdb\": Conflicting lock is held in /usr/bin/java"
                        + " (PID 4242) by user root.");

        assertThat(DatabaseFailure.describe(locked))
                .hasValue("The database file /srv/syfte.duckdb is in use by another Syfte process (PID 4242); stop that"
                        + " process first, or give another file with --db.");
    }

    @Test
    void whatIsNotAboutTheDatabaseIsLeftToOthers() {
        assertThat(DatabaseFailure.describe(new IllegalArgumentException("no"))).isEmpty();
    }
}
