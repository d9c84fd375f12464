package se.syfte.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import se.syfte.audit.db.AuditRepository;

/** Writes and reads the audit log; nothing in the application changes or removes an entry. */
@Service
public class AuditLog {

    private final AuditRepository events;
    private final Clock clock;

    AuditLog(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(long org, Actor actor, AuditAction action, String detail) {
        record(org, actor.userId(), actor.name(), action, detail);
    }

    public void record(long org, Long userId, String actor, AuditAction action, String detail) {
        events.insert(new AuditEvent(org, clock.instant(), userId, actor, action, detail));
    }

    /** The newest entries first. */
    public List<AuditEvent> latest(long org, int limit) {
        return events.latest(org, limit);
    }
}
