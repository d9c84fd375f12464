package se.syfte.accounts.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The browser sessions accounts are signed in with (signed_in_session), each named by the random
 * key the session carries. A session without its row is over.
 */
@Repository
public class SignedInSessionRepository {

    private final JdbcClient jdbc;

    SignedInSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a session of the account and ends its oldest beyond the newest {@code keep}; returns
     * how many ended.
     */
    @Transactional
    public int begin(long org, long account, String key, Instant at, int keep) {
        jdbc.sql("INSERT INTO signed_in_session (org_id, user_id, session_key, began_at)"
                        + " VALUES (:org, :account, :key, :at)")
                .param("org", org)
                .param("account", account)
                .param("key", key)
                .param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        return jdbc.sql("""
                        DELETE FROM signed_in_session
                        WHERE org_id = :org AND user_id = :account AND session_key NOT IN (
                            SELECT session_key FROM signed_in_session
                            WHERE org_id = :org AND user_id = :account
                            ORDER BY id DESC LIMIT :keep)
                        """)
                .param("org", org)
                .param("account", account)
                .param("keep", keep)
                .update();
    }

    /**
     * The account's credentials version when the session is still one of its sessions and the
     * account is enabled: what a signed-in request checks.
     */
    public Optional<Integer> credentialsVersion(long org, long account, String key) {
        return jdbc.sql("""
                        SELECT u.credentials_version FROM app_user u
                        JOIN signed_in_session s ON s.org_id = u.org_id AND s.user_id = u.id
                        WHERE u.org_id = :org AND u.id = :account AND u.enabled AND s.session_key = :key
                        """)
                .param("org", org)
                .param("account", account)
                .param("key", key)
                .query(Integer.class)
                .optional();
    }

    public void end(String key) {
        jdbc.sql("DELETE FROM signed_in_session WHERE session_key = :key")
                .param("key", key)
                .update();
    }

    /** Ends every session of the account; returns how many it had. */
    public int endAll(long org, long account) {
        return jdbc.sql("DELETE FROM signed_in_session WHERE org_id = :org AND user_id = :account")
                .param("org", org)
                .param("account", account)
                .update();
    }
}
