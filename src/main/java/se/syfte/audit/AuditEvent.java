package se.syfte.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened in an organisation, and who did it (an account, or the command line).
 * {@code detail} is the English text, kept for whoever reads the table itself; {@code message}
 * is what the pages say in the reader's language, absent on entries older than it.
 */
public record AuditEvent(
        long orgId,
        Instant at,
        Long userId,
        String actor,
        AuditAction action,
        String detail,
        Optional<AuditDetail> message) {}
