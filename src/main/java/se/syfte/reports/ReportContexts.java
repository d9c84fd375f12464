package se.syfte.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.syfte.analytics.core.Scope;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.db.PurposeRepository;

/** Resolves what a report or page asks for into the one {@link ReportContext} its figures are worked out from. */
@Component
public class ReportContexts {

    private final SalespersonRepository salespeople;
    private final TeamRepository teams;
    private final PurposeRepository purposes;
    private final OrganisationService organisations;

    ReportContexts(
            SalespersonRepository salespeople,
            TeamRepository teams,
            PurposeRepository purposes,
            OrganisationService organisations) {
        this.salespeople = salespeople;
        this.teams = teams;
        this.purposes = purposes;
        this.organisations = organisations;
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

    /**
     * The request's salesperson or team, resolved within what the caller may see.
     *
     * @throws UnknownNameException when the salesperson or team is not among those the caller sees
     */
    public ReportContext resolve(Organisation organisation, Scope visible, ReportRequest request) {
        List<Salesperson> everyone = salespeople.findAll(organisation.id());
        Map<Long, Salesperson> people = everyone.stream()
                .filter(person -> visible.includes(person.id()))
                .collect(Collectors.toMap(Salesperson::id, Function.identity()));
        List<Team> allTeams = teamsWithin(teams.findAll(organisation.id()), everyone, visible);
        Optional<Salesperson> single = request.salesperson().map(name -> salesperson(people, name));
        Set<Long> cut = single.map(person -> Set.of(person.id()))
                .orElseGet(() -> request.team()
                        .map(name -> members(people, allTeams, name))
                        .orElse(people.keySet()));
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
                ReportContext.funnelStepsOf(all),
                allTeams,
                request.list(),
                request.asOf() != null ? request.asOf() : organisations.today(organisation));
    }

    /**
     * The context of one salesperson seeing their whole team, whatever the caller sees: a
     * salesperson is compared with the rest of their team as their manager compares them, by the
     * team's summed rates, never a colleague's row (docs/security.md).
     */
    public ReportContext withWholeTeam(ReportContext own) {
        Salesperson person =
                own.single().orElseThrow(() -> new IllegalArgumentException("a team is seen beside one salesperson"));
        Map<Long, Salesperson> team = salespeople.findAll(own.scope().orgId()).stream()
                .filter(other -> other.teamId() == person.teamId())
                .collect(Collectors.toMap(Salesperson::id, Function.identity()));
        return own.seeing(team);
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
