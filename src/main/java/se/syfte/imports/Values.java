package se.syfte.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the values people type: dates in the forms SPEC §4 lists, decimal comma or point. */
public final class Values {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));
    /** Excel counts days from 1899-12-30 (its 1900 leap-year error included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(\\.\\d+)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/\\d{4}");
    private static final DateTimeFormatter MONTH_FIRST =
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile("\\d{1,3}:\\d{2}(:\\d{2})?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern THOUSANDS_THEN_DECIMAL_COMMA = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    private Values() {}

    /** A date as ISO, 29.11.2026, 29/11/2026 (day first), 2026/11/29 or an Excel serial number; a time after it is ignored. */
    public static Optional<LocalDate> date(String text) {
        String value = text.strip();
        if (SERIAL.matcher(value).matches()) {
            double serial = Double.parseDouble(value);
            return serial >= 1 && serial < 2_958_466
                    ? Optional.of(EXCEL_EPOCH.plusDays((long) serial))
                    : Optional.empty();
        }
        String day = dayPart(value);
        if (ISO_DATE.matcher(day).matches()) {
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(day, 0, 4, 10),
                        Integer.parseInt(day, 5, 7, 10),
                        Integer.parseInt(day, 8, 10, 10)));
            } catch (java.time.DateTimeException notADay) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(day, format));
            } catch (DateTimeParseException notThisForm) {
                // the next form may fit
            }
        }
        return Optional.empty();
    }

    /** The same, with slashed dates read month first ({@code 10/15/2026}) when the file writes them so. */
    public static Optional<LocalDate> date(String text, boolean monthFirst) {
        String day = dayPart(text.strip());
        if (monthFirst && SLASHED.matcher(day).matches()) {
            try {
                return Optional.of(LocalDate.parse(day, MONTH_FIRST));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        return date(text);
    }

    /** The date before a time that may follow it ({@code 2026-11-29 09:30}, {@code 2026-11-29T09:30}). */
    private static String dayPart(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == ' ' || value.charAt(i) == 'T') {
                return value.substring(0, i);
            }
        }
        return value;
    }

    /** How a column writes slashed dates, told by the values that can only be read one way. */
    public enum SlashOrder {
        NONE,
        DAY_FIRST,
        MONTH_FIRST,
        UNDECIDED,
        MIXED
    }

    public static SlashOrder slashOrder(List<String> values) {
        SlashTally tally = new SlashTally();
        values.forEach(tally::add);
        return tally.order();
    }

    /** Tallies a column's slashed dates one value at a time, so that the column need not be held. */
    public static final class SlashTally {
        private boolean dayFirst;
        private boolean monthFirst;
        private boolean slashed;

        public void add(String value) {
            if (value.indexOf('/') < 0) {
                return;
            }
            java.util.regex.Matcher parts = SLASHED.matcher(dayPart(value.strip()));
            if (parts.matches()) {
                slashed = true;
                dayFirst |= Integer.parseInt(parts.group(1)) > 12;
                monthFirst |= Integer.parseInt(parts.group(2)) > 12;
            }
        }

        public SlashOrder order() {
            return !slashed
                    ? SlashOrder.NONE
                    : dayFirst && monthFirst
                            ? SlashOrder.MIXED
                            : dayFirst
                                    ? SlashOrder.DAY_FIRST
                                    : monthFirst ? SlashOrder.MONTH_FIRST : SlashOrder.UNDECIDED;
        }
    }

    public static Optional<LocalTime> time(String text) {
        String value = text.strip().replace('.', ':');
        try {
            return Optional.of(LocalTime.parse(value.length() == 4 ? "0" + value : value));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /** Minutes as a number ({@code 90}, {@code 90,5}) or as hours and minutes ({@code 1:30}, {@code 01:30:00}). */
    public static Optional<BigDecimal> minutes(String text) {
        String value = text.strip();
        if (value.indexOf(':') > 0 && HOURS_AND_MINUTES.matcher(value).matches()) {
            String[] parts = value.split(":");
            return Optional.of(BigDecimal.valueOf(Integer.parseInt(parts[0]) * 60L + Integer.parseInt(parts[1])));
        }
        return decimal(value);
    }

    /**
     * A number with decimal comma or point, and spaces, non-breaking spaces or dots between the
     * thousands: {@code 1 234,5}, {@code 1.234,5}, {@code 1,234.5} and {@code 1234.5}.
     */
    public static Optional<BigDecimal> decimal(String text) {
        String value = PLAIN_NUMBER.matcher(text).matches()
                ? text
                : SPACES.matcher(text.strip()).replaceAll("");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (THOUSANDS_THEN_DECIMAL_COMMA.matcher(value).matches()) {
            value = value.replace(".", "").replace(',', '.');
        } else if (value.contains(",") && value.contains(".")) {
            value = value.replace(",", "");
        } else if (value.indexOf(',') >= 0) {
            value = value.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
