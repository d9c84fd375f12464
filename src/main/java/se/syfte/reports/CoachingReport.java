package se.syfte.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.syfte.analytics.effort.EffortAndYield;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.analytics.funnel.StepRate;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.journeys.Journey;
import se.syfte.analytics.winrate.CycleLengths;
import se.syfte.coaching.CoachingQuestions;
import se.syfte.coaching.CoachingSummary;
import se.syfte.organisation.Salesperson;
import se.syfte.reports.format.JsonRows;

/** The coaching report: the summary of SPEC §3 for one salesperson, a section per finding. */
@Component
class CoachingReport {

    private final JourneyFigures journeys;
    private final CustomerReports customers;
    private final ResultReports results;

    CoachingReport(JourneyFigures journeys, CustomerReports customers, ResultReports results) {
        this.journeys = journeys;
        this.customers = customers;
        this.results = results;
    }

    /**
     * @param own the context of the salesperson alone
     * @param team the context of their team, the salesperson included
     */
    Report build(ReportContext own, ReportContext team) {
        Salesperson salesperson = own.single().orElseThrow();
        FunnelSteps steps = own.funnelSteps();
        Map<Long, List<Journey>> teamJourneys = journeys.journeysBySalesperson(team);
        List<Journey> ownJourneys = teamJourneys.getOrDefault(salesperson.id(), List.of());
        List<Journey> othersJourneys = new ArrayList<>();
        teamJourneys.forEach((id, list) -> {
            if (id != salesperson.id()) {
                othersJourneys.addAll(list);
            }
        });
        ProgressRates ownRates = new ProgressRates(steps);
        ownJourneys.forEach(ownRates::add);
        ProgressRates others = new ProgressRates(steps);
        othersJourneys.forEach(others::add);
        EffortAndYield effort = customers.effortOf(own);
        CoachingSummary summary = CoachingSummary.of(
                salesperson.name(),
                steps,
                own.stepOfPurpose(),
                ownRates.rates(),
                others.rates(),
                customers.loopsOf(own, false),
                customers.concentrationsOf(own),
                effort.timeSinkShare(),
                effort.timeSinks(),
                results.attainmentOf(own).stream()
                        .filter(a -> a.salespersonId() != null)
                        .toList());
        List<String> questions = CoachingQuestions.of(
                summary, step -> stepName(own, step), code -> purposeName(own, code), own.locale());
        ReportTable cycle = ReportTable.builder(
                        "cycle", Column.days("journey_cycle_days"), Column.days("team_journey_cycle_days"))
                .row(CycleLengths.ofJourneys(ownJourneys), CycleLengths.ofJourneys(othersJourneys))
                .build();
        List<ReportTable> sections = sections(own, summary, questions, cycle);
        return new Report("coaching", sections, structured(own, summary, sections));
    }

    /** A step in words: the names of its purposes in the report's language. */
    private static String stepName(ReportContext context, int step) {
        return context.purposes().stream()
                .filter(p -> p.step() != null && p.step() == step)
                .map(p -> p.name(context.locale()))
                .reduce((a, b) -> a + " / " + b)
                .orElse(context.stepLabel(step));
    }

    private static String purposeName(ReportContext context, String code) {
        return context.purposes().stream()
                .filter(p -> p.code().equals(code))
                .map(p -> p.name(context.locale()))
                .findFirst()
                .orElse(code);
    }

    private static List<ReportTable> sections(
            ReportContext context, CoachingSummary summary, List<String> questions, ReportTable cycle) {
        List<ReportTable> sections = new ArrayList<>();
        ReportTable.Builder progress = ReportTable.builder(
                "progress",
                Column.text("from_purpose"),
                Column.text("to_purpose"),
                Column.integer("reached_from"),
                Column.integer("reached_to"),
                Column.rate("rate"),
                Column.integer("team_reached_from"),
                Column.integer("team_reached_to"),
                Column.rate("team_rate"));
        for (int i = 0; i < summary.ownRates().size(); i++) {
            StepRate own = summary.ownRates().get(i);
            StepRate team = summary.teamRates().get(i);
            progress.row(
                    context.stepLabel(own.fromStep()),
                    context.stepLabel(own.toStep()),
                    own.reachedFrom(),
                    own.reachedTo(),
                    own.rate(),
                    team.reachedFrom(),
                    team.reachedTo(),
                    team.rate());
        }
        sections.add(progress.build());
        sections.add(cycle);
        ReportTable.Builder bottleneck = ReportTable.builder(
                "bottleneck",
                Column.text("from_purpose"),
                Column.text("to_purpose"),
                Column.rate("rate"),
                Column.rate("team_rate"),
                Column.rate("shortfall"));
        summary.bottleneck()
                .ifPresent(b -> bottleneck.row(
                        context.stepLabel(b.own().fromStep()),
                        context.stepLabel(b.own().toStep()),
                        b.own().rate(),
                        b.team().rate(),
                        b.shortfall()));
        sections.add(bottleneck.build());
        ReportTable.Builder loops = ReportTable.builder(
                "loops",
                Column.text("customer"),
                Column.text("purpose"),
                Column.integer("visits"),
                Column.date("first_visit"),
                Column.date("last_visit"),
                Column.hours("hours"));
        summary.loops()
                .forEach(l ->
                        loops.row(l.customer(), l.purposeCode(), l.visits(), l.firstVisit(), l.lastVisit(), l.hours()));
        sections.add(loops.build());
        ReportTable.Builder concentration = ReportTable.builder(
                "concentration",
                Column.text("purpose"),
                Column.text("customer"),
                Column.integer("visits"),
                Column.rate("share"));
        summary.concentrations()
                .forEach(c -> concentration.row(c.purposeCode(), c.customer(), c.customerVisits(), c.share()));
        sections.add(concentration.build());
        ReportTable.Builder sinks = ReportTable.builder(
                "time_sinks",
                Column.text("customer"),
                Column.integer("visits"),
                Column.hours("hours"),
                Column.rate("time_sink_share"));
        summary.timeSinks().forEach(c -> sinks.row(c.customer(), c.visits(), c.hours(), summary.timeSinkShare()));
        sections.add(sinks.build());
        ReportTable.Builder attainment = ReportTable.builder(
                "attainment",
                Column.text("purpose"),
                Column.integer("target"),
                Column.integer("actual"),
                Column.rate("attainment"));
        summary.attainment().stream()
                .sorted(java.util.Comparator.comparingInt(a -> context.purposeRank(a.purposeCode())))
                .forEach(a -> attainment.row(a.purposeCode(), a.target(), a.actual(), a.attainment()));
        sections.add(attainment.build());
        ReportTable.Builder asked = ReportTable.builder("questions", Column.text("question"));
        questions.forEach(asked::row);
        sections.add(asked.build());
        return sections;
    }

    /** The summary as JSON: one key per section, a single object for one-row sections, questions as text. */
    private static Map<String, Object> structured(
            ReportContext context, CoachingSummary summary, List<ReportTable> sections) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("salesperson", summary.salesperson());
        json.put("from", context.window().from().toString());
        json.put("to", context.window().to().toString());
        for (ReportTable section : sections) {
            List<Map<String, Object>> rows = JsonRows.of(section);
            json.put(
                    section.title(),
                    switch (section.title()) {
                        case "questions" ->
                            section.rows().stream().map(row -> row.get(0)).toList();
                        case "bottleneck", "cycle" -> rows.isEmpty() ? null : rows.get(0);
                        default -> rows;
                    });
        }
        return json;
    }
}
