package se.syfte.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.NameOrder;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.PurposeKind;

/**
 * A request resolved against the organisation: {@code scope} holds the salespeople of the cut
 * (one, a team's, or all visible), {@code salespeople} everyone visible, {@code teamRow} whether
 * "ALL" rows for the cut are written, {@code teams} the teams wholly within what the caller sees,
 * {@code list} whether the list behind the figure is asked for instead of its counts, {@code asOf}
 * the day a figure of one day is taken on: the request's, or else the organisation's today.
 */
public record ReportContext(
        Scope scope,
        Map<Long, Salesperson> salespeople,
        List<Purpose> purposes,
        Window window,
        AnalyticsSettings settings,
        Period period,
        Locale locale,
        boolean teamRow,
        Optional<Salesperson> single,
        FunnelSteps funnelSteps,
        List<Team> teams,
        boolean list,
        LocalDate asOf) {

    public static final String ALL = "ALL";

    /**
     * The same request over other salespeople among the visible ones, with the team's ALL rows: how
     * a figure of one salesperson looks at their team.
     */
    public ReportContext over(Set<Long> chosen) {
        Set<Long> visible = chosen.stream().filter(salespeople::containsKey).collect(Collectors.toSet());
        return new ReportContext(
                new Scope(scope.orgId(), visible),
                salespeople,
                purposes,
                window,
                settings,
                period,
                locale,
                true,
                Optional.empty(),
                funnelSteps,
                teams,
                list,
                asOf);
    }

    /** The visible salespeople of a salesperson's team, the salesperson included. */
    /**
     * The same request seeing these salespeople instead of those the caller sees: for figures of a
     * whole team that are only ever shown summed (docs/security.md).
     */
    public ReportContext seeing(Map<Long, Salesperson> others) {
        return new ReportContext(
                scope,
                Map.copyOf(others),
                purposes,
                window,
                settings,
                period,
                locale,
                teamRow,
                single,
                funnelSteps,
                teams,
                list,
                asOf);
    }

    public Set<Long> teamOf(Salesperson salesperson) {
        return salespeople.values().stream()
                .filter(other -> other.teamId() == salesperson.teamId())
                .map(Salesperson::id)
                .collect(Collectors.toSet());
    }

    public String nameOf(long salespersonId) {
        Salesperson salesperson = salespeople.get(salespersonId);
        return salesperson == null ? String.valueOf(salespersonId) : salesperson.name();
    }

    /** The cut's salespeople in name order (Swedish collation), as reports list them. */
    public List<Long> salespeopleInOrder() {
        return scope.salespeople().stream()
                .sorted(Comparator.comparing(this::nameOf, NameOrder.SWEDISH))
                .toList();
    }

    /** The teams the cut's salespeople belong to, by name, with their salespeople in the cut. */
    public Map<Team, List<Long>> teamsOfTheCut() {
        Map<Long, Team> byId = new java.util.HashMap<>();
        teams.forEach(team -> byId.put(team.id(), team));
        Map<Team, List<Long>> cut = new java.util.TreeMap<>(Comparator.comparing(Team::name, NameOrder.SWEDISH));
        for (long salesperson : salespeopleInOrder()) {
            Team team = byId.get(salespeople.get(salesperson).teamId());
            if (team != null) {
                cut.computeIfAbsent(team, t -> new java.util.ArrayList<>()).add(salesperson);
            }
        }
        return cut;
    }

    public Comparator<Long> bySalespersonName() {
        return Comparator.comparing(this::nameOf, NameOrder.SWEDISH);
    }

    public static Comparator<String> names() {
        return NameOrder.SWEDISH;
    }

    /** The funnel the purposes make: worked out once per report, every row names its steps. */
    public static FunnelSteps funnelStepsOf(List<Purpose> purposes) {
        Map<Integer, List<String>> codes = purposes.stream()
                .filter(p -> p.kind() == PurposeKind.FUNNEL)
                .collect(Collectors.groupingBy(
                        Purpose::step, TreeMap::new, Collectors.mapping(Purpose::code, Collectors.toList())));
        return new FunnelSteps(codes);
    }

    public Map<String, Integer> stepOfPurpose() {
        return purposes.stream()
                .filter(p -> p.kind() == PurposeKind.FUNNEL)
                .collect(Collectors.toMap(Purpose::code, Purpose::step));
    }

    /** Where a purpose comes in the organisation's order (funnel by step, then care); unclassified last. */
    public int purposeRank(String code) {
        for (int i = 0; i < purposes.size(); i++) {
            if (purposes.get(i).code().equals(code)) {
                return i;
            }
        }
        return purposes.size();
    }

    /** A step's name for a report: its purposes' codes, or WON after the last step. */
    public String stepLabel(int step) {
        return step == 0 ? FunnelSteps.WON : funnelSteps().label(step);
    }
}
