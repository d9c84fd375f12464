package se.syfte.dashboard.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import se.syfte.analytics.core.Ratio;
import se.syfte.dashboard.Headline;
import se.syfte.web.ReportViews;

/**
 * The headline as the page shows it: each figure of the period, of the period before, and the
 * change — amounts and counts as a difference, rates in percentage points — marked better or
 * worse for the team (more time on time sinks and more loops are worse), each leading to the
 * section behind it.
 */
final class HeadlineRows {

    private HeadlineRows() {}

    /** One figure: its message key, the section behind it, the texts, and "better", "worse" or "". */
    record HeadlineRow(
            String figure,
            String anchor,
            String current,
            String previous,
            String change,
            boolean points,
            String tone) {}

    static List<HeadlineRow> of(Headline now, Headline before, ReportViews.Formatting formatting) {
        return List.of(
                amount(
                        "orderIntake",
                        "effort",
                        now,
                        before,
                        formatting,
                        h -> h.money().orderIntake()),
                amount(
                        "wonValue",
                        "winrate",
                        now,
                        before,
                        formatting,
                        h -> h.money().wonValue()),
                rate("winRate", "winrate", now.winRate(), before.winRate(), formatting, true),
                amount(
                        "pipeline",
                        "effort",
                        now,
                        before,
                        formatting,
                        h -> h.money().pipeline()),
                attainment(now, before, formatting),
                rate("timeSinkShare", "effort", now.timeSinkShare(), before.timeSinkShare(), formatting, false),
                count("loops", "loops", now.loops(), before.loops(), formatting));
    }

    private static HeadlineRow amount(
            String figure,
            String anchor,
            Headline now,
            Headline before,
            ReportViews.Formatting formatting,
            Function<Headline, BigDecimal> value) {
        double current = value.apply(now).doubleValue();
        double previous = value.apply(before).doubleValue();
        double change = current - previous;
        return new HeadlineRow(
                figure,
                anchor,
                formatting.amount(current),
                formatting.amount(previous),
                signed(change, formatting.amount(change)),
                false,
                tone(change, true));
    }

    private static HeadlineRow rate(
            String figure,
            String anchor,
            Ratio now,
            Ratio before,
            ReportViews.Formatting formatting,
            boolean upIsGood) {
        return new HeadlineRow(
                figure,
                anchor,
                percent(now.value(), formatting),
                percent(before.value(), formatting),
                points(now, before, formatting),
                true,
                now.isEmpty() || before.isEmpty()
                        ? ""
                        : tone(now.value().getAsDouble() - before.value().getAsDouble(), upIsGood));
    }

    private static HeadlineRow attainment(Headline now, Headline before, ReportViews.Formatting formatting) {
        return new HeadlineRow(
                "attainment",
                "attainment",
                heldOf(now, formatting),
                heldOf(before, formatting),
                points(now.attainment(), before.attainment(), formatting),
                true,
                now.attainment().isEmpty() || before.attainment().isEmpty()
                        ? ""
                        : tone(
                                now.attainment().value().getAsDouble()
                                        - before.attainment().value().getAsDouble(),
                                true));
    }

    private static HeadlineRow count(
            String figure, String anchor, int now, int before, ReportViews.Formatting formatting) {
        int change = now - before;
        return new HeadlineRow(
                figure,
                anchor,
                formatting.format(se.syfte.reports.ColumnType.INTEGER, now),
                formatting.format(se.syfte.reports.ColumnType.INTEGER, before),
                signed(change, formatting.format(se.syfte.reports.ColumnType.INTEGER, change)),
                false,
                tone(change, false));
    }

    /** "40 / 50 (80 %)": the visits held of those set as targets; a dash without targets. */
    private static String heldOf(Headline headline, ReportViews.Formatting formatting) {
        if (headline.targets() == 0) {
            return "–";
        }
        return formatting.format(se.syfte.reports.ColumnType.INTEGER, headline.heldAgainstTargets()) + " / "
                + formatting.format(se.syfte.reports.ColumnType.INTEGER, headline.targets()) + " ("
                + percent(headline.attainment().value(), formatting) + ")";
    }

    private static String percent(OptionalDouble rate, ReportViews.Formatting formatting) {
        return rate.isPresent() ? formatting.percent(rate.getAsDouble()) : "–";
    }

    /** The change in percentage points, whole; none when either period has no rate. */
    private static String points(Ratio now, Ratio before, ReportViews.Formatting formatting) {
        if (now.isEmpty() || before.isEmpty()) {
            return null;
        }
        long change = Math.round((now.value().getAsDouble() - before.value().getAsDouble()) * 100);
        return signed(change, formatting.format(se.syfte.reports.ColumnType.INTEGER, change));
    }

    private static String signed(double change, String formatted) {
        return change > 0 ? "+" + formatted : formatted;
    }

    private static String tone(double change, boolean upIsGood) {
        if (change == 0) {
            return "";
        }
        return (change > 0) == upIsGood ? "better" : "worse";
    }
}
