package se.syfte.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.effort.EffortAndYield;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.db.PurposeRepository;

/**
 * Runs a report of SPEC §4 for an organisation, within what the caller may see: pages, API and
 * command line all come here.
 */
@Service
public class ReportService {

    private final SalespersonRepository salespeople;
    private final TeamRepository teams;
    private final PurposeRepository purposes;
    private final ActivityReports activity;
    private final FunnelReports funnel;
    private final CustomerReports customers;
    private final ResultReports results;
    private final CoachingReport coaching;
    private final JourneyFigures journeys;

    ReportService(
            SalespersonRepository salespeople,
            TeamRepository teams,
            PurposeRepository purposes,
            ActivityReports activity,
            FunnelReports funnel,
            CustomerReports customers,
            ResultReports results,
            CoachingReport coaching,
            JourneyFigures journeys) {
        this.salespeople = salespeople;
        this.teams = teams;
        this.purposes = purposes;
        this.activity = activity;
        this.funnel = funnel;
        this.customers = customers;
        this.results = results;
        this.coaching = coaching;
        this.journeys = journeys;
    }

    /** Every salesperson of the organisation: the scope of its administrators and of the command line. */
    public Scope wholeOrganisation(Organisation organisation) {
        return new Scope(
                organisation.id(),
                salespeople.findAll(organisation.id()).stream()
                        .map(Salesperson::id)
                        .collect(Collectors.toSet()));
    }

    @Transactional(readOnly = true)
    public Report run(Organisation organisation, Scope visible, ReportRequest request) {
        Cut cut = cut(organisation, visible, request);
        if (request.name() == ReportName.COACHING) {
            Salesperson person = cut.context()
                    .single()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "the coaching report is for one salesperson: give --salesperson"));
            Set<Long> team = cut.people().values().stream()
                    .filter(other -> other.teamId() == person.teamId())
                    .map(Salesperson::id)
                    .collect(Collectors.toSet());
            return coaching.build(cut.context(), context(visible, cut.people(), request, team, Optional.empty()));
        }
        ReportContext context = cut.context();
        return Report.of(
                request.name().id(),
                switch (request.name()) {
                    case ACTIVITY -> activity.activity(context);
                    case TRADITIONAL -> activity.traditional(context);
                    case FUNNEL -> funnel.funnel(context);
                    case COHORT -> funnel.cohort(context);
                    case LOOPS -> customers.loops(context);
                    case CONCENTRATION -> customers.concentration(context);
                    case EFFORT -> customers.effort(context);
                    case WINRATE -> results.winrate(context);
                    case ATTAINMENT -> results.attainment(context, cut.teams());
                    case COACHING -> throw new IllegalStateException("handled above");
                });
    }

    /**
     * The team dashboard's figures for one cut, each worked out once: the cut is resolved once,
     * the journeys walked once for the progress rates and every salesperson's bottleneck, and the
     * effort read once for the Pareto rows and the time-sink share.
     */
    @Transactional(readOnly = true)
    public TeamFigures teamFigures(Organisation organisation, Scope visible, ReportRequest request) {
        Cut cut = cut(organisation, visible, request);
        ReportContext context = cut.context();
        Map<Long, ProgressRates> rates = journeys.ratesBySalesperson(context);
        EffortAndYield effort = customers.effortOf(context);
        return new TeamFigures(
                results.attainment(context, cut.teams()),
                funnel.funnel(context, rates),
                funnel.bottlenecks(context, rates),
                customers.loops(context),
                customers.concentration(context),
                customers.effort(effort),
                effort.timeSinkShare(),
                results.winrate(context),
                activity.traditional(context));
    }

    /**
     * The teams within what the caller may see: a team is in scope when all its salespeople are,
     * so that naming another is as naming no team at all.
     */
    public static List<Team> teamsWithin(List<Team> teams, List<Salesperson> everyone, Scope visible) {
        return teams.stream()
                .filter(team -> everyone.stream()
                        .noneMatch(person -> person.teamId() == team.id() && !visible.includes(person.id())))
                .toList();
    }

    /** One customer's journeys (SPEC §3) with the salespeople the caller may see, in the request's window. */
    @Transactional(readOnly = true)
    public ReportTable customerJourneys(
            Organisation organisation, Scope visible, ReportRequest request, long customerId) {
        return funnel.customerJourneys(cut(organisation, visible, request).context(), customerId);
    }

    /** The request's salesperson or team, resolved within what the caller may see. */
    private Cut cut(Organisation organisation, Scope visible, ReportRequest request) {
        List<Salesperson> everyone = salespeople.findAll(organisation.id());
        Map<Long, Salesperson> people = everyone.stream()
                .filter(person -> visible.includes(person.id()))
                .collect(Collectors.toMap(Salesperson::id, Function.identity()));
        List<Team> allTeams = teamsWithin(teams.findAll(organisation.id()), everyone, visible);
        ReportContext context = request.salesperson()
                .map(name -> salesperson(people, name))
                .map(person -> context(visible, people, request, Set.of(person.id()), Optional.of(person)))
                .orElseGet(() -> context(
                        visible,
                        people,
                        request,
                        request.team()
                                .map(name -> members(people, allTeams, name))
                                .orElse(people.keySet()),
                        Optional.empty()));
        return new Cut(people, allTeams, context);
    }

    private record Cut(Map<Long, Salesperson> people, List<Team> teams, ReportContext context) {}

    private ReportContext context(
            Scope visible,
            Map<Long, Salesperson> people,
            ReportRequest request,
            Set<Long> cut,
            Optional<Salesperson> single) {
        List<Purpose> all = purposes.findAll(visible.orgId());
        return new ReportContext(
                visible.narrowedTo(cut),
                people,
                all,
                request.window(),
                request.settings(),
                request.period(),
                request.locale(),
                single.isEmpty(),
                single,
                ReportContext.funnelStepsOf(all));
    }

    private static Salesperson salesperson(Map<Long, Salesperson> people, String name) {
        return people.values().stream()
                .filter(person -> person.name().equalsIgnoreCase(name.trim()))
                .findFirst()
                .orElseThrow(() -> new UnknownNameException(
                        "salesperson",
                        name,
                        sortedNames(
                                people.values().stream().map(Salesperson::name).toList())));
    }

    private static Set<Long> members(Map<Long, Salesperson> people, List<Team> teams, String name) {
        Team team = teams.stream()
                .filter(candidate -> candidate.name().equalsIgnoreCase(name.trim()))
                .findFirst()
                .orElseThrow(() -> new UnknownNameException(
                        "team", name, sortedNames(teams.stream().map(Team::name).toList())));
        return people.values().stream()
                .filter(person -> person.teamId() == team.id())
                .map(Salesperson::id)
                .collect(Collectors.toSet());
    }

    private static List<String> sortedNames(List<String> names) {
        return names.stream().sorted(ReportContext.names()).toList();
    }
}
