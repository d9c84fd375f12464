package se.syfte.coaching.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.analytics.attainment.Attainment;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.effort.EffortAndYield;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.analytics.funnel.StepRate;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.journeys.Journey;
import se.syfte.analytics.winrate.CycleLengths;
import se.syfte.coaching.CoachingQuestions;
import se.syfte.coaching.CoachingSummary;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.Salesperson;
import se.syfte.reports.Column;
import se.syfte.reports.JourneyFigures;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportContexts;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.ReportTable;
import se.syfte.reports.figures.AttainmentFigure;
import se.syfte.reports.figures.CohortFigure;
import se.syfte.reports.figures.ConcentrationFigure;
import se.syfte.reports.figures.EffortFigure;
import se.syfte.reports.figures.HeldFigure;
import se.syfte.reports.figures.LoopsFigure;
import se.syfte.reports.figures.NextstepsFigure;

/**
 * The coaching summary of SPEC §3 for one salesperson, worked out once: their team's journeys are
 * walked once (their own are among them), effort and attainment are read once.
 */
@Service
public class CoachingService {

    private final ReportContexts contexts;
    private final JourneyFigures journeys;
    private final LoopsFigure loops;
    private final ConcentrationFigure concentrations;
    private final EffortFigure effort;
    private final AttainmentFigure attainment;
    private final CohortFigure cohort;
    private final HeldFigure held;
    private final NextstepsFigure nextSteps;

    CoachingService(
            ReportContexts contexts,
            JourneyFigures journeys,
            LoopsFigure loops,
            ConcentrationFigure concentrations,
            EffortFigure effort,
            AttainmentFigure attainment,
            CohortFigure cohort,
            HeldFigure held,
            NextstepsFigure nextSteps) {
        this.contexts = contexts;
        this.journeys = journeys;
        this.loops = loops;
        this.concentrations = concentrations;
        this.effort = effort;
        this.attainment = attainment;
        this.cohort = cohort;
        this.held = held;
        this.nextSteps = nextSteps;
    }

    /** The coaching page's figures for the request's one salesperson. */
    @Transactional(readOnly = true)
    public CoachingFigures figures(Organisation organisation, Scope visible, ReportRequest request) {
        ReportContext own = contexts.resolve(organisation, visible, request);
        Walked walked = walk(own);
        return new CoachingFigures(
                walked.salesperson(),
                sections(own, walked),
                cohort.table(own, walked.team()),
                effort.table(walked.effort()),
                attainment.table(own, walked.attainment()),
                held.table(own),
                nextSteps.unbooked(own, NextstepsFigure.Unbooked.ON_A_PAGE));
    }

    /** @param own the cut of the salesperson alone */
    CoachingSections sections(ReportContext own) {
        return sections(own, walk(own));
    }

    private record Walked(
            Salesperson salesperson,
            Map<Long, List<Journey>> team,
            EffortAndYield effort,
            List<Attainment> attainment) {

        List<Journey> own() {
            return team.getOrDefault(salesperson.id(), List.of());
        }

        List<Journey> others() {
            List<Journey> others = new ArrayList<>();
            team.forEach((id, list) -> {
                if (id != salesperson.id()) {
                    others.addAll(list);
                }
            });
            return others;
        }
    }

    private Walked walk(ReportContext own) {
        Salesperson salesperson = own.single()
                .orElseThrow(() ->
                        new IllegalArgumentException("the coaching report is for one salesperson: give --salesperson"));
        ReportContext team = contexts.withWholeTeam(own);
        return new Walked(
                salesperson,
                journeys.journeysBySalesperson(team.over(team.teamOf(salesperson))),
                effort.effort(own),
                attainment.attainment(own));
    }

    private CoachingSections sections(ReportContext own, Walked walked) {
        FunnelSteps steps = own.funnelSteps();
        List<Journey> others = walked.others();
        ProgressRates ownRates = new ProgressRates(steps);
        walked.own().forEach(ownRates::add);
        ProgressRates othersRates = new ProgressRates(steps);
        others.forEach(othersRates::add);
        CoachingSummary summary = CoachingSummary.of(
                walked.salesperson().name(),
                steps,
                own.stepOfPurpose(),
                ownRates.rates(),
                othersRates.rates(),
                loops.loops(own, false),
                concentrations.concentrations(own),
                walked.effort().timeSinkShare(),
                walked.effort().timeSinks(),
                walked.attainment().stream()
                        .filter(a -> a.salespersonId() != null)
                        .toList());
        List<String> questions = CoachingQuestions.of(
                summary, step -> stepName(own, step), code -> purposeName(own, code), own.locale());
        ReportTable cycle = ReportTable.builder(
                        "cycle", Column.days("journey_cycle_days"), Column.days("team_journey_cycle_days"))
                .row(CycleLengths.ofJourneys(walked.own()), CycleLengths.ofJourneys(others))
                .build();
        return new CoachingSections(
                progress(own, summary),
                cycle,
                bottleneck(own, summary),
                loops(summary),
                concentration(summary),
                timeSinks(summary),
                attainment(own, summary),
                questions(questions));
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

    private static ReportTable progress(ReportContext context, CoachingSummary summary) {
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
        return progress.build();
    }

    private static ReportTable bottleneck(ReportContext context, CoachingSummary summary) {
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
        return bottleneck.build();
    }

    private static ReportTable loops(CoachingSummary summary) {
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
        return loops.build();
    }

    private static ReportTable concentration(CoachingSummary summary) {
        ReportTable.Builder concentration = ReportTable.builder(
                "concentration",
                Column.text("purpose"),
                Column.text("customer"),
                Column.integer("visits"),
                Column.rate("share"));
        summary.concentrations()
                .forEach(c -> concentration.row(c.purposeCode(), c.customer(), c.customerVisits(), c.share()));
        return concentration.build();
    }

    private static ReportTable timeSinks(CoachingSummary summary) {
        ReportTable.Builder sinks = ReportTable.builder(
                "time_sinks",
                Column.text("customer"),
                Column.integer("visits"),
                Column.hours("hours"),
                Column.rate("time_sink_share"));
        summary.timeSinks().forEach(c -> sinks.row(c.customer(), c.visits(), c.hours(), summary.timeSinkShare()));
        return sinks.build();
    }

    private static ReportTable attainment(ReportContext context, CoachingSummary summary) {
        ReportTable.Builder attainment = ReportTable.builder(
                "attainment",
                Column.text("purpose"),
                Column.integer("target"),
                Column.integer("actual"),
                Column.rate("attainment"));
        summary.attainment().stream()
                .sorted(Comparator.comparingInt(a -> context.purposeRank(a.purposeCode())))
                .forEach(a -> attainment.row(a.purposeCode(), a.target(), a.actual(), a.attainment()));
        return attainment.build();
    }

    private static ReportTable questions(List<String> questions) {
        ReportTable.Builder asked = ReportTable.builder("questions", Column.text("question"));
        questions.forEach(asked::row);
        return asked.build();
    }
}
