package se.syfte.accounts.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.accounts.FailedSignIns;

/** Failed sign-ins in the database, in UTC, with the organisation of the account the address names. */
@Repository
public class FailedSignInRepository implements FailedSignIns {

    private final JdbcClient jdbc;

    FailedSignInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Instant> since(String email, Instant since) {
        return jdbc
                .sql("SELECT failed_at FROM sign_in_failure WHERE email = :email AND failed_at > :since"
                        + " ORDER BY failed_at")
                .param("email", email)
                .param("since", utc(since))
                .query(LocalDateTime.class)
                .list()
                .stream()
                .map(at -> at.toInstant(ZoneOffset.UTC))
                .toList();
    }

    @Override
    public void add(String email, Instant at, Instant forgetBefore) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE email = :email AND failed_at <= :before")
                .param("email", email)
                .param("before", utc(forgetBefore))
                .update();
        jdbc.sql("INSERT INTO sign_in_failure (org_id, email, failed_at)"
                        + " VALUES ((SELECT MIN(org_id) FROM app_user WHERE email = :email), :email, :at)")
                .param("email", email)
                .param("at", utc(at))
                .update();
    }

    @Override
    public void clear(String email) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE email = :email")
                .param("email", email)
                .update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
