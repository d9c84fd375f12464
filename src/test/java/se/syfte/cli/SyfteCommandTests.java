package se.syfte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.syfte.support.TestDatabase;

/** The command line as a person uses it: each run on a database file of its own. */
class SyfteCommandTests {

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String[] args :
                List.of(new String[] {"--help"}, new String[] {"serve", "--help"}, new String[] {"demo", "--help"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("--db", "--org");
        }
        assertThat(CliRun.of("serve", "--help").out()).contains("--port");
        assertThat(CliRun.of("demo", "--help").out()).contains("--force", "--seed");
    }

    /** Issue #16: the demo's passwords scrolled away among logs, and no account said whom it sees. */
    @Test
    void demoEndsWithItsAccountsApartWithWhomEachSeesAndWhereToSignIn() {
        String db = "jdbc:duckdb:" + TestDatabase.freshDuckDbFile();

        CliRun created = CliRun.of("--db", db, "demo", "--as-of", "2026-11-30");

        assertThat(created.exitCode()).isZero();
        assertThat(created.err()).isEmpty();
        List<String> lines = created.out().lines().toList();
        int heading = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("Sign in at http://localhost:8080/"))
                .findFirst()
                .orElseThrow());
        assertThat(lines.get(heading - 1)).isEmpty();
        assertThat(lines.subList(heading, lines.size()))
                .anySatisfy(line -> assertThat(line)
                        .matches("  ADMIN +admin@demo\\.syfte\\.example +\\S{12,} +sees the whole organisation"))
                .anySatisfy(line -> assertThat(line)
                        .matches("  MANAGER +manager@demo\\.syfte\\.example +\\S{12,} +manages the team '.+'"))
                .anySatisfy(line -> assertThat(line)
                        .matches("  SALESPERSON +salesperson@demo\\.syfte\\.example +\\S{12,} +is "
                                + se.syfte.demo.DemoStories.QUOTE_HEAVY_SALESPERSON + ", in the team '.+'"));
    }

    @Test
    void demoCreatesTheDemoOrganisationAndRefusesToOverwriteItWithoutForce() throws SQLException {
        String db = "jdbc:duckdb:" + TestDatabase.freshDuckDbFile();

        CliRun created = CliRun.of("--db", db, "demo", "--as-of", "2026-11-30");
        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).contains("Created organisation 'demo'", "12 salespeople", "300 customers");
        long visits = visitsIn(db);

        CliRun again = CliRun.of("demo", "--db", db, "--as-of", "2026-06-30");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("'demo' already exists", "--force");
        assertThat(again.errLines()).isEqualTo(1);
        assertThat(visitsIn(db)).isEqualTo(visits);

        assertThat(CliRun.of("demo", "--db", db, "--force", "--as-of", "2026-11-30")
                        .exitCode())
                .isZero();
        assertThat(visitsIn(db)).isEqualTo(visits);
    }

    @Test
    void unknownOrganisationIsOneClearLine() {
        String db = "jdbc:duckdb:" + TestDatabase.freshDuckDbFile();

        CliRun run = CliRun.of("--db", db, "--org", "acme", "report", "activity");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err())
                .isEqualTo("syfte: There is no organisation 'acme' in this database." + System.lineSeparator());
    }

    @Test
    void userAddPrintsAOneTimePasswordOnceAndRefusesASecondAccountForTheAddressInOneLine() {
        String db = "jdbc:duckdb:" + TestDatabase.freshDuckDbFile();

        CliRun created = CliRun.of("--db", db, "user", "add", "--email", "Anna@Example.se", "--role", "ADMIN");
        CliRun again = CliRun.of(
                "--db", db, "user", "add", "--email", "anna@example.se", "--role", "MANAGER", "--teams", "Team Syd");
        CliRun noSalesperson =
                CliRun.of("--db", db, "user", "add", "--email", "bo@example.se", "--role", "SALESPERSON");

        assertThat(created.exitCode()).isZero();
        assertThat(created.out())
                .matches("Created ADMIN anna@example.se in 'default'\\. One-time password \\(shown only now\\):"
                        + " [A-Za-z2-9]{16}\\R");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err())
                .isEqualTo("syfte: there is already an account for anna@example.se" + System.lineSeparator());
        assertThat(noSalesperson.err()).contains("give --salesperson NAME");
    }

    @Test
    void userDisableEnableAndChangeSayWhatTheyDidAndKeepAnAdmin() {
        String db = "jdbc:duckdb:" + TestDatabase.freshDuckDbFile();
        CliRun.of("--db", db, "user", "add", "--email", "anna@example.se", "--role", "ADMIN");
        CliRun.of("--db", db, "user", "add", "--email", "bo@example.se", "--role", "ADMIN");

        CliRun disabled = CliRun.of("--db", db, "user", "disable", "--email", "bo@example.se");
        CliRun lastAdmin = CliRun.of("--db", db, "user", "disable", "--email", "anna@example.se");
        CliRun enabled = CliRun.of("--db", db, "user", "enable", "--email", "bo@example.se");
        CliRun noTeam = CliRun.of(
                "--db", db, "user", "change", "--email", "anna@example.se", "--role", "MANAGER", "--teams", "Nord");
        CliRun nobody = CliRun.of("--db", db, "user", "change", "--email", "cilla@example.se", "--role", "ADMIN");

        assertThat(disabled.out())
                .isEqualTo("bo@example.se can no longer sign in; its sessions ended and its API tokens were revoked."
                        + System.lineSeparator());
        assertThat(lastAdmin.exitCode()).isNotZero();
        assertThat(lastAdmin.err())
                .isEqualTo("syfte: anna@example.se is the organisation's only admin; make another admin first"
                        + System.lineSeparator());
        assertThat(enabled.out()).isEqualTo("bo@example.se may sign in again." + System.lineSeparator());
        assertThat(noTeam.err()).isEqualTo("syfte: there is no team 'Nord' in default" + System.lineSeparator());
        assertThat(nobody.err())
                .isEqualTo("syfte: there is no account cilla@example.se in default" + System.lineSeparator());
    }

    /** Issue: no command made a second organisation, so 'user add --org other' could not work. */
    @Test
    void orgAddMakesASecondOrganisationItsFirstAdminCanBeMadeInAndOrgListShowsIt() {
        String db = "jdbc:duckdb:" + TestDatabase.freshDuckDbFile();

        CliRun added = CliRun.of(
                "--db",
                db,
                "org",
                "add",
                "norge",
                "--name",
                "Syfte Norge AS",
                "--currency",
                "NOK",
                "--time-zone",
                "Europe/Oslo");
        CliRun admin =
                CliRun.of("--db", db, "--org", "norge", "user", "add", "--email", "ola@example.no", "--role", "ADMIN");
        CliRun again = CliRun.of("--db", db, "org", "add", "norge", "--name", "Igen");
        CliRun wrong = CliRun.of("--db", db, "org", "add", "Fel_Kod", "--name", "Fel");
        CliRun listed = CliRun.of("--db", db, "org", "list");

        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).startsWith("Created organisation 'norge' (Syfte Norge AS, NOK, Europe/Oslo).");
        assertThat(admin.exitCode()).isZero();
        assertThat(admin.out()).contains("Created ADMIN ola@example.no in 'norge'");
        assertThat(again.err()).isEqualTo("syfte: The organisation 'norge' already exists." + System.lineSeparator());
        assertThat(wrong.err()).contains("lower-case letters, digits and dashes, not 'Fel_Kod'");
        assertThat(listed.out()).contains("norge").contains("Syfte Norge AS").contains("NOK");
    }

    @Test
    void unreachableDatabaseIsOneClearLine() {
        CliRun run = CliRun.of("--db", "jdbc:postgresql://127.0.0.1:1/syfte", "demo");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).startsWith("syfte: Cannot open the database: Connection to 127.0.0.1:1 refused");
        assertThat(run.errLines()).isEqualTo(1);
    }

    @Test
    void databaseSyfteCannotRunOnIsOneClearLine() {
        CliRun run = CliRun.of("demo", "--db", "jdbc:mysql://localhost/syfte");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("'jdbc:mysql://localhost/syfte' is not a database URL Syfte can use");
        assertThat(run.errLines()).isEqualTo(1);
    }

    @Test
    void portInUseIsOneClearLine() throws IOException {
        String db = "jdbc:duckdb:" + TestDatabase.freshDuckDbFile();
        try (ServerSocket taken = new ServerSocket(0)) {
            CliRun run = CliRun.of("serve", "--db", db, "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.err())
                    .isEqualTo("syfte: Port " + taken.getLocalPort()
                            + " is already in use; stop what runs there or choose another with --port."
                            + System.lineSeparator());
        }
    }

    /** DuckDB lets one process open a file; a second Syfte process must say so in one sentence. */
    @Test
    void secondProcessOnTheSameDatabaseFileIsToldItIsInUse() throws Exception {
        Path file = TestDatabase.freshDuckDbFile();
        try (Connection holder = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            holder.createStatement().execute("CREATE TABLE held (x INTEGER)");
            Process second = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            SyfteCommand.class.getName(),
                            "--db",
                            "jdbc:duckdb:" + file,
                            "demo")
                    .start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.exitValue()).isNotZero();
            assertThat(err)
                    .startsWith("syfte: The database file "
                            + file.toAbsolutePath().normalize() + " is in use by another Syfte process (PID "
                            + ProcessHandle.current().pid() + ")");
            assertThat(err.lines()).hasSize(1);
        }
    }

    private static long visitsIn(String db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db);
                ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM visit")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
