package se.syfte.visits;

import java.time.LocalDate;

/**
 * Whether a visit happened (SPEC §5). Every figure of SPEC §3 counts HELD visits only; a PLANNED
 * visit whose day has passed is unconfirmed until its salesperson says how it went.
 */
public enum VisitStatus {
    PLANNED,
    HELD,
    CANCELLED,
    NO_SHOW;

    /** A visit stored with a date after today is planned; one dated today or earlier was held. */
    public static VisitStatus byDate(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? PLANNED : HELD;
    }
}
