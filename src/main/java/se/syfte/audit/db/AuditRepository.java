package se.syfte.audit.db;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditEvent;

/** The audit_event table: inserted into and read, nothing else. Times are kept in UTC. */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuditEvent event) {
        jdbc.sql("""
                        INSERT INTO audit_event (org_id, occurred_at, user_id, actor, action, detail, message)
                        VALUES (:org, :at, :user, :actor, :action, :detail, :message)
                        """)
                .param("org", event.orgId())
                .param("at", LocalDateTime.ofInstant(event.at(), ZoneOffset.UTC))
                .param("user", event.userId(), java.sql.Types.BIGINT)
                .param("actor", event.actor())
                .param("action", event.action().name())
                .param("detail", event.detail().length() > 4000 ? event.detail().substring(0, 4000) : event.detail())
                .param("message", event.message().map(AuditMessageJson::write).orElse(null), java.sql.Types.VARCHAR)
                .update();
    }

    public List<AuditEvent> latest(long org, int limit) {
        return jdbc.sql("""
                        SELECT org_id, occurred_at, user_id, actor, action, detail, message FROM audit_event
                        WHERE org_id = :org ORDER BY id DESC LIMIT :limit
                        """)
                .param("org", org)
                .param("limit", limit)
                .query((row, n) -> {
                    long user = row.getLong("user_id");
                    Long userId = row.wasNull() ? null : user;
                    return new AuditEvent(
                            row.getLong("org_id"),
                            row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            userId,
                            row.getString("actor"),
                            AuditAction.valueOf(row.getString("action")),
                            row.getString("detail"),
                            AuditMessageJson.read(row.getString("message")));
                })
                .list();
    }
}
