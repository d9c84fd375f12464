package se.syfte.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import se.syfte.analytics.attainment.WindowAttainment;
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

    /**
     * One figure: its key (a message key, or a purpose's held visits with that purpose's name as
     * {@code label}), the section behind it, the texts, and "better", "worse" or "". A held-visits
     * text is null while it is too early to judge; its pace is shown while the period is still
     * running (the visits due so far are fewer than the targets).
     */
    record HeadlineRow(
            String figure,
            String label,
            String anchor,
            String current,
            String previous,
            String change,
            boolean points,
            String tone,
            String currentPace,
            String previousPace) {

        HeadlineRow(
                String figure,
                String anchor,
                String current,
                String previous,
                String change,
                boolean points,
                String tone) {
            this(figure, null, anchor, current, previous, change, points, tone, null, null);
        }
    }

    static List<HeadlineRow> of(Headline now, Headline before, ReportViews.Formatting formatting) {
        List<HeadlineRow> rows = new ArrayList<>();
        rows.add(amount(
                "orderIntake", "effort", now, before, formatting, h -> h.money().orderIntake()));
        rows.add(amount(
                "wonValue", "winrate", now, before, formatting, h -> h.money().wonValue()));
        rows.add(rate("winRate", "winrate", now.winRate(), before.winRate(), formatting, true));
        rows.add(amount(
                "pipeline", "effort", now, before, formatting, h -> h.money().pipeline()));
        rows.add(held("attainment", null, now.total(), before.total(), formatting));
        // Each targeted purpose under the visits held in all, in the organisation's order of purposes.
        for (WindowAttainment held : now.byPurpose()) {
            WindowAttainment earlier = before.byPurpose().stream()
                    .filter(b -> b.purposeCode().equals(held.purposeCode()))
                    .findFirst()
                    .orElse(Headline.none(held.purposeCode()));
            rows.add(held(
                    "attainment-" + held.purposeCode(),
                    formatting.purposeName(held.purposeCode()),
                    held,
                    earlier,
                    formatting));
        }
        rows.add(rate("timeSinkShare", "effort", now.timeSinkShare(), before.timeSinkShare(), formatting, false));
        rows.add(count("loops", "loops", now.loops(), before.loops(), formatting));
        return rows;
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

    private static HeadlineRow held(
            String figure,
            String label,
            WindowAttainment now,
            WindowAttainment before,
            ReportViews.Formatting formatting) {
        return new HeadlineRow(
                figure,
                label,
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
                                true),
                paceWhileRunning(now, formatting),
                paceWhileRunning(before, formatting));
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

    /**
     * "40 / 50 (80 %)": the visits held of those set as targets; a dash without targets, null
     * while too early to judge.
     */
    private static String heldOf(WindowAttainment held, ReportViews.Formatting formatting) {
        if (held.target() == 0) {
            return "–";
        }
        if (held.tooEarly()) {
            return null;
        }
        return formatting.format(se.syfte.reports.ColumnType.INTEGER, held.actual()) + " / "
                + formatting.format(se.syfte.reports.ColumnType.INTEGER, held.target()) + " ("
                + percent(held.attainment().value(), formatting) + ")";
    }

    /** The pace while the period runs; none once every targeted visit is due, when it equals attainment. */
    private static String paceWhileRunning(WindowAttainment held, ReportViews.Formatting formatting) {
        return held.tooEarly() || held.due() >= held.target()
                ? null
                : percent(held.pace().value(), formatting);
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
