package se.syfte.visits;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A visit as stored. {@code durationMinutes} is empty when the purpose's default applies;
 * {@code purposeId} only for activities imported unclassified on request; {@code planned} when it
 * was booked before its day (SPEC §5).
 */
public record Visit(
        LocalDate date,
        LocalTime time,
        long salespersonId,
        long customerId,
        Long purposeId,
        Integer durationMinutes,
        Channel channel,
        String note,
        Long dealId,
        VisitStatus status,
        boolean planned) {

    public Visit {
        if (durationMinutes != null && durationMinutes < 0) {
            throw new IllegalArgumentException("a visit's duration cannot be negative: " + durationMinutes);
        }
    }
}
