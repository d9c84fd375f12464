package se.syfte.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.syfte.audit.db.AuditRepository;

/** Writes and reads the audit log; nothing in the application changes or removes an entry. */
@Service
public class AuditLog {

    private final AuditRepository events;
    private final AuditWording wording;
    private final Clock clock;

    AuditLog(AuditRepository events, AuditWording wording, Clock clock) {
        this.events = events;
        this.wording = wording;
        this.clock = clock;
    }

    public void record(long org, Actor actor, AuditAction action, AuditDetail detail) {
        record(org, actor.userId(), actor.name(), action, detail);
    }

    public void record(long org, Long userId, String actor, AuditAction action, AuditDetail detail) {
        events.insert(new AuditEvent(
                org, clock.instant(), userId, actor, action, wording.say(detail, Locale.ENGLISH), Optional.of(detail)));
    }

    /** The newest entries first. */
    public List<AuditEvent> latest(long org, int limit) {
        return events.latest(org, limit);
    }
}
