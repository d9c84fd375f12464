package se.syfte.reports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Window;

/**
 * What a report is asked for: the window, the cut (a salesperson or a team, by name), the rules'
 * settings, whether the list behind the figure is wanted (where it has one, as next steps do), and
 * the day a figure of one day is taken on (cadence; empty: today).
 */
public record ReportRequest(
        Window window,
        Optional<String> salesperson,
        Optional<String> team,
        Period period,
        AnalyticsSettings settings,
        Locale locale,
        boolean list,
        LocalDate asOf) {

    public ReportRequest(
            Window window,
            Optional<String> salesperson,
            Optional<String> team,
            Period period,
            AnalyticsSettings settings,
            Locale locale) {
        this(window, salesperson, team, period, settings, locale, false, null);
    }

    public ReportRequest {
        if (salesperson.isPresent() && team.isPresent()) {
            throw new IllegalArgumentException("give a salesperson or a team, not both");
        }
    }

    /** The same request for another window. */
    public ReportRequest over(Window other) {
        return new ReportRequest(other, salesperson, team, period, settings, locale, list, asOf);
    }

    /** What the pages ask for: counts per month, the rules with SPEC's default settings. */
    public static ReportRequest forPage(
            Window window, Optional<String> salesperson, Optional<String> team, Locale locale) {
        return new ReportRequest(window, salesperson, team, Period.MONTH, AnalyticsSettings.defaults(), locale);
    }
}
