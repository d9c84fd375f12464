package se.syfte.audit;

import java.time.Instant;

/** Something that happened in an organisation, and who did it (an account, or the command line). */
public record AuditEvent(long orgId, Instant at, Long userId, String actor, AuditAction action, String detail) {}
