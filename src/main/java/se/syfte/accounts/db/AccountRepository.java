package se.syfte.accounts.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.accounts.Account;
import se.syfte.accounts.Role;

/** Accounts (app_user) and the teams managers manage (user_team). E-mail addresses are kept in lower case. */
@Repository
public class AccountRepository {

    private static final String COLUMNS =
            "org_id, id, email, display_name, role, salesperson_id, enabled, must_change_password, credentials_version";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account signing in with this address, and its password hash, in whichever organisation. */
    public Optional<Credentials> credentials(String email) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM app_user WHERE email = :email")
                .param("email", email.strip().toLowerCase(Locale.ROOT))
                .query((row, n) -> new Credentials(account(row), row.getString("password_hash")))
                .optional()
                .map(found -> new Credentials(withTeams(found.account()), found.passwordHash()));
    }

    public record Credentials(Account account, String passwordHash) {}

    public Optional<Account> find(long org, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE org_id = :org AND id = :id")
                .param("org", org)
                .param("id", id)
                .query((row, n) -> account(row))
                .optional()
                .map(this::withTeams);
    }

    public List<Account> findAll(long org) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM app_user WHERE org_id = :org ORDER BY email")
                .param("org", org)
                .query((row, n) -> account(row))
                .list()
                .stream()
                .map(this::withTeams)
                .toList();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = :email")
                        .param("email", email.strip().toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean anyAccount() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0;
    }

    public long insert(
            long org,
            String email,
            String displayName,
            Role role,
            Long salespersonId,
            Set<Long> teamIds,
            String passwordHash) {
        long id = jdbc.sql("""
                        INSERT INTO app_user (org_id, email, display_name, role, salesperson_id, password_hash,
                                              must_change_password)
                        VALUES (:org, :email, :name, :role, :salesperson, :hash, TRUE)
                        RETURNING id
                        """)
                .param("org", org)
                .param("email", email.strip().toLowerCase(Locale.ROOT))
                .param("name", displayName)
                .param("role", role.name())
                .param("salesperson", salespersonId, java.sql.Types.BIGINT)
                .param("hash", passwordHash)
                .query(Long.class)
                .single();
        insertTeams(org, id, teamIds);
        return id;
    }

    public void setPassword(long org, long id, String passwordHash, boolean mustChange) {
        jdbc.sql("""
                        UPDATE app_user SET password_hash = :hash, must_change_password = :must,
                            credentials_version = credentials_version + 1
                        WHERE org_id = :org AND id = :id
                        """)
                .param("org", org)
                .param("id", id)
                .param("hash", passwordHash)
                .param("must", mustChange)
                .update();
    }

    /** A new role, salesperson and teams; the account's sessions signed in under the old ones are out of date. */
    public void assign(long org, long id, Role role, Long salespersonId, String displayName, Set<Long> teamIds) {
        jdbc.sql("""
                        UPDATE app_user SET role = :role, salesperson_id = :salesperson, display_name = :name,
                            credentials_version = credentials_version + 1
                        WHERE org_id = :org AND id = :id
                        """)
                .param("org", org)
                .param("id", id)
                .param("role", role.name())
                .param("salesperson", salespersonId, java.sql.Types.BIGINT)
                .param("name", displayName)
                .update();
        // Only the teams that change: DuckDB refuses a key deleted and inserted again in one transaction.
        Set<Long> before = teams(org, id);
        for (long team : before) {
            if (!teamIds.contains(team)) {
                jdbc.sql("DELETE FROM user_team WHERE org_id = :org AND user_id = :user AND team_id = :team")
                        .param("org", org)
                        .param("user", id)
                        .param("team", team)
                        .update();
            }
        }
        insertTeams(
                org,
                id,
                teamIds.stream().filter(team -> !before.contains(team)).collect(java.util.stream.Collectors.toSet()));
    }

    /** A new name alone: what the account sees stays, so its sessions stay valid. */
    public void rename(long org, long id, String displayName) {
        jdbc.sql("UPDATE app_user SET display_name = :name WHERE org_id = :org AND id = :id")
                .param("org", org)
                .param("id", id)
                .param("name", displayName)
                .update();
    }

    public void enable(long org, long id, boolean enabled) {
        jdbc.sql("""
                        UPDATE app_user SET enabled = :enabled, credentials_version = credentials_version + 1
                        WHERE org_id = :org AND id = :id
                        """)
                .param("org", org)
                .param("id", id)
                .param("enabled", enabled)
                .update();
    }

    private void insertTeams(long org, long id, Set<Long> teamIds) {
        for (long team : teamIds) {
            jdbc.sql("INSERT INTO user_team (org_id, user_id, team_id) VALUES (:org, :user, :team)")
                    .param("org", org)
                    .param("user", id)
                    .param("team", team)
                    .update();
        }
    }

    /** The account as its row holds it; its teams are read after, once the row's query is done. */
    private static Account account(ResultSet row) throws SQLException {
        long salesperson = row.getLong("salesperson_id");
        Long salespersonId = row.wasNull() ? null : salesperson;
        return new Account(
                row.getLong("org_id"),
                row.getLong("id"),
                row.getString("email"),
                row.getString("display_name"),
                Role.valueOf(row.getString("role")),
                salespersonId,
                Set.of(),
                row.getBoolean("enabled"),
                row.getBoolean("must_change_password"),
                row.getInt("credentials_version"));
    }

    private Set<Long> teams(long org, long id) {
        return new HashSet<>(jdbc.sql("SELECT team_id FROM user_team WHERE org_id = :org AND user_id = :id")
                .param("org", org)
                .param("id", id)
                .query(Long.class)
                .list());
    }

    private Account withTeams(Account account) {
        Set<Long> teams = teams(account.orgId(), account.id());
        return new Account(
                account.orgId(),
                account.id(),
                account.email(),
                account.displayName(),
                account.role(),
                account.salespersonId(),
                teams,
                account.enabled(),
                account.mustChangePassword(),
                account.credentialsVersion());
    }
}
