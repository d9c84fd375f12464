package se.syfte.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.syfte.analytics.core.Period;

/**
 * Targets: a whole number of visits of a purpose for a salesperson or a team over a period that
 * starts on its first day. A manager's import ({@code restricted}) sets no team targets.
 */
record TargetRows(ImportSink sink, KnownNames names, boolean restricted) implements RowReader {

    private static final Map<String, Period> PERIODS = Map.ofEntries(
            Map.entry("week", Period.WEEK),
            Map.entry("vecka", Period.WEEK),
            Map.entry("month", Period.MONTH),
            Map.entry("månad", Period.MONTH),
            Map.entry("quarter", Period.QUARTER),
            Map.entry("kvartal", Period.QUARTER),
            Map.entry("year", Period.YEAR),
            Map.entry("år", Period.YEAR));

    /** More visits than anyone makes in a year, and well within the stored integer. */
    private static final BigDecimal MOST_VISITS = BigDecimal.valueOf(100_000);

    @Override
    public void read(Cells cells) {
        String salesperson = cells.optional("salesperson");
        String team = cells.optional("team");
        if (restricted && team != null) {
            cells.reject("team", team, ImportText.reason("managerTeamTarget"));
        }
        if ((salesperson == null) == (team == null)) {
            cells.reject("salesperson", salesperson == null ? "" : salesperson, ImportText.reason("salespersonOrTeam"));
        }
        names.requireSalesperson(cells, "salesperson", salesperson);
        Long purposeId = names.purpose(cells, "purpose", cells.required("purpose"));
        String periodText = cells.required("period");
        Period period =
                periodText == null ? null : PERIODS.get(periodText.strip().toLowerCase(Locale.ROOT));
        LocalDate start = cells.optional("period_start") == null
                ? null
                : cells.date("period_start", ImportText.reason("notADate"));
        if (periodText != null && period == null) {
            // The whole period in one column (2026-11, 2026-Q4, v48 2026, nov 2026), SPEC §4.
            Optional<PeriodText> whole = PeriodText.parse(periodText);
            if (whole.isEmpty()) {
                cells.reject("period", periodText, ImportText.reason("notPeriod"));
            } else if (start != null && !start.equals(whole.get().start())) {
                cells.reject(
                        "period_start",
                        cells.optional("period_start"),
                        ImportText.reason(
                                "notStartOfPeriod",
                                periodText,
                                whole.get().start().toString()));
            } else {
                period = whole.get().period();
                start = whole.get().start();
            }
        } else if (period != null && start == null && cells.optional("period_start") == null) {
            cells.reject("period_start", "", ImportText.reason("periodStartMissing." + period.name()));
        }
        if (start != null && period != null && !period.start(start).equals(start)) {
            cells.reject(
                    "period_start", cells.optional("period_start"), ImportText.reason("notFirstDay." + period.name()));
        }
        BigDecimal count = cells.parsed("count", Values::decimal, ImportText.reason("notVisitCount"));
        if (count != null && (count.signum() < 0 || count.stripTrailingZeros().scale() > 0)) {
            cells.reject("count", cells.optional("count"), ImportText.reason("targetWhole"));
        } else if (count != null && count.compareTo(MOST_VISITS) > 0) {
            cells.reject("count", cells.optional("count"), ImportText.reason("targetMost"));
        }
        if (cells.ok()) {
            sink.target(new ImportRows.TargetRow(
                    cells.source(), salesperson, team, purposeId, period, start, count.intValue()));
        }
    }
}
