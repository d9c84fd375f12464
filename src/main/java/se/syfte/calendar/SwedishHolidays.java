package se.syfte.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import se.syfte.analytics.core.Holidays;

/**
 * Sweden's public holidays and the eves that are not worked (midsummer, Christmas and New
 * Year's Eve), from the Jollyday library.
 */
public final class SwedishHolidays implements Holidays {

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    @Override
    public boolean isHoliday(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), this::load).contains(date);
    }

    private Set<LocalDate> load(int year) {
        return manager.getHolidays(java.time.Year.of(year)).stream()
                .map(holiday -> holiday.getActualDate())
                .collect(Collectors.toUnmodifiableSet());
    }
}
