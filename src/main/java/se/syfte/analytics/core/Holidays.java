package se.syfte.analytics.core;

import java.time.LocalDate;

/** Days that are not working days although they fall on a weekday. */
@FunctionalInterface
public interface Holidays {

    boolean isHoliday(LocalDate date);
}
