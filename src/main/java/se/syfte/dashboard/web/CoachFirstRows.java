package se.syfte.dashboard.web;

import java.util.List;
import se.syfte.coaching.CoachFirst;
import se.syfte.dashboard.CoachFirstLine;
import se.syfte.reports.ColumnType;
import se.syfte.web.ReportViews;

/** The coach-first list as the page words it: a message key per finding and its arguments, formatted. */
final class CoachFirstRows {

    /** At most this many: a list to act on, not a ranking of the whole team. */
    static final int SHOWN = 5;

    private CoachFirstRows() {}

    /** One salesperson: name, coaching page, the weightiest finding's sentence and how many more. */
    record Row(String name, String link, String key, String a0, String a1, String a2, String a3, String a4, int more) {}

    static List<Row> of(List<CoachFirstLine> lines, ReportViews.Formatting formatting, String won) {
        return lines.stream()
                .limit(SHOWN)
                .map(line -> row(line, formatting, won))
                .toList();
    }

    private static Row row(CoachFirstLine line, ReportViews.Formatting formatting, String won) {
        String link = "/coaching/" + line.salespersonId();
        CoachFirst.Finding top = line.top();
        if (top instanceof CoachFirst.AtBottleneck at) {
            return new Row(
                    line.salesperson(),
                    link,
                    "dashboard.coachFirst.bottleneck",
                    formatting.purposeName(line.fromPurpose()),
                    at.bottleneck().own().toWon() ? won : formatting.purposeName(line.toPurpose()),
                    formatting.percent(at.bottleneck().own().rate().value().orElse(0)),
                    formatting.percent(at.bottleneck().team().rate().value().orElse(0)),
                    count(formatting, at.bottleneck().own().reachedFrom()),
                    line.more());
        }
        if (top instanceof CoachFirst.InLoop in) {
            return new Row(
                    line.salesperson(),
                    link,
                    "dashboard.coachFirst.loop",
                    in.loop().customer(),
                    count(formatting, in.loop().visits()),
                    formatting.purposeName(in.loop().purposeCode()),
                    null,
                    null,
                    line.more());
        }
        if (top instanceof CoachFirst.Concentrated found) {
            return new Row(
                    line.salesperson(),
                    link,
                    "dashboard.coachFirst.concentration",
                    formatting.purposeName(found.concentration().purposeCode()),
                    count(formatting, found.concentration().customerVisits()),
                    count(formatting, found.concentration().allVisits()),
                    found.concentration().customer(),
                    null,
                    line.more());
        }
        CoachFirst.BehindPace behind = (CoachFirst.BehindPace) top;
        return new Row(
                line.salesperson(),
                link,
                "dashboard.coachFirst.behindPace",
                formatting.purposeName(behind.attainment().purposeCode()),
                count(formatting, behind.attainment().actual()),
                count(formatting, Math.round(behind.attainment().due())),
                null,
                null,
                line.more());
    }

    private static String count(ReportViews.Formatting formatting, long count) {
        return formatting.format(ColumnType.INTEGER, count);
    }
}
