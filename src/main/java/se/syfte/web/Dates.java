package se.syfte.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as a reader of the language writes them: 29 nov. 2026 in Swedish, Nov 29, 2026 in
 * English. Pages call {@code ${@dates.medium(date)}}; report cells use {@link #format}.
 */
@Component("dates")
public class Dates {

    public String medium(LocalDate date) {
        return format(date, LocaleContextHolder.getLocale());
    }

    public static String format(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }
}
