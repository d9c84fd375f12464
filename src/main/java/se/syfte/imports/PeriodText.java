package se.syfte.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.syfte.analytics.core.Period;

/**
 * A whole period written in one cell, as Syfte writes periods (SPEC §4: {@code 2026-11},
 * {@code 2026-Q4}, {@code 2026-W48}, {@code 2026}) and as people write them ({@code Q4 2026},
 * {@code v48 2026}, {@code vecka 48 2026}, {@code nov 2026}, {@code november 2026}, Swedish or
 * English). A date on the first of a month, which is what a spreadsheet makes of a typed
 * {@code 2026-11}, is that month.
 */
record PeriodText(Period period, LocalDate start) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4}) ?-? ?(?:q|kv|kvartal) ?([1-4])");
    private static final Pattern QUARTER_FIRST = Pattern.compile("(?:q|kv|kvartal) ?([1-4]) ?-? ?(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4}) ?-? ?(?:w|v|vecka|week) ?(\\d{1,2})");
    private static final Pattern WEEK_FIRST = Pattern.compile("(?:w|v|vecka|week) ?(\\d{1,2}),? ?-? ?(\\d{4})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\p{L}+)\\.? ?-? ?(\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("januari", 1),
            Map.entry("january", 1),
            Map.entry("feb", 2),
            Map.entry("februari", 2),
            Map.entry("february", 2),
            Map.entry("mar", 3),
            Map.entry("mars", 3),
            Map.entry("march", 3),
            Map.entry("apr", 4),
            Map.entry("april", 4),
            Map.entry("maj", 5),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("juni", 6),
            Map.entry("june", 6),
            Map.entry("jul", 7),
            Map.entry("juli", 7),
            Map.entry("july", 7),
            Map.entry("aug", 8),
            Map.entry("augusti", 8),
            Map.entry("august", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("september", 9),
            Map.entry("okt", 10),
            Map.entry("oct", 10),
            Map.entry("oktober", 10),
            Map.entry("october", 10),
            Map.entry("nov", 11),
            Map.entry("november", 11),
            Map.entry("dec", 12),
            Map.entry("december", 12));

    /** The period the text names, or empty when it names none (a month 13, a week 54, a word). */
    static Optional<PeriodText> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        try {
            Matcher m;
            if ((m = YEAR.matcher(plain)).matches()) {
                return Optional.of(new PeriodText(Period.YEAR, LocalDate.of(year(m, 1), 1, 1)));
            }
            if ((m = MONTH.matcher(plain)).matches()) {
                return month(year(m, 1), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER.matcher(plain)).matches()) {
                return quarter(year(m, 1), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER_FIRST.matcher(plain)).matches()) {
                return quarter(year(m, 2), Integer.parseInt(m.group(1)));
            }
            if ((m = WEEK.matcher(plain)).matches()) {
                return week(year(m, 1), Integer.parseInt(m.group(2)));
            }
            if ((m = WEEK_FIRST.matcher(plain)).matches()) {
                return week(year(m, 2), Integer.parseInt(m.group(1)));
            }
            if ((m = NAMED_MONTH.matcher(plain)).matches() && MONTHS.containsKey(m.group(1))) {
                return month(year(m, 2), MONTHS.get(m.group(1)));
            }
            return Values.date(plain, false)
                    .filter(date -> date.getDayOfMonth() == 1 && date.getYear() >= 1990 && date.getYear() <= 2100)
                    .map(date -> new PeriodText(Period.MONTH, date));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<PeriodText> month(int year, int month) {
        return Optional.of(new PeriodText(Period.MONTH, LocalDate.of(year, month, 1)));
    }

    private static Optional<PeriodText> quarter(int year, int quarter) {
        return Optional.of(new PeriodText(Period.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1)));
    }

    /** ISO weeks: week 1 holds the year's first Thursday, and only some years have a week 53. */
    private static Optional<PeriodText> week(int year, int week) {
        LocalDate inFirstWeek = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1);
        long weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (week < 1 || week > weeks) {
            return Optional.empty();
        }
        return Optional.of(new PeriodText(Period.WEEK, Period.WEEK.start(inFirstWeek.plusWeeks(week - 1L))));
    }
}
