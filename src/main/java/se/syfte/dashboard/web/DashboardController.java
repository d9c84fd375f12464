package se.syfte.dashboard.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.Role;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.analytics.activity.db.ActivityQuery;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.dashboard.VisitCountTable;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.db.PurposeRepository;

@Controller
class DashboardController {

    private final OrganisationService organisations;
    private final AccountScope scopes;
    private final PurposeRepository purposes;
    private final SalespersonRepository salespeople;
    private final TeamRepository teams;
    private final ActivityQuery activity;

    DashboardController(
            OrganisationService organisations,
            AccountScope scopes,
            PurposeRepository purposes,
            SalespersonRepository salespeople,
            TeamRepository teams,
            ActivityQuery activity) {
        this.organisations = organisations;
        this.scopes = scopes;
        this.purposes = purposes;
        this.salespeople = salespeople;
        this.teams = teams;
        this.activity = activity;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        Organisation organisation = organisations.byId(user.account().orgId());
        long org = organisation.id();
        Window window = Window.lastTwelveFullMonths(organisations.today(organisation));
        List<Salesperson> everyone = salespeople.findAll(org);
        List<Purpose> allPurposes = purposes.findAll(org);
        List<Team> allTeams = teams.findAll(org);
        Scope visible = scopes.of(user.account(), everyone);
        List<Salesperson> people = everyone.stream()
                .filter(person -> visible.includes(person.id()))
                .toList();
        VisitCountTable table =
                VisitCountTable.of(allPurposes, people, allTeams, activity.run(visible, window, Period.YEAR));
        if (user.account().role() == Role.SALESPERSON) {
            // A salesperson sees their team's totals beside their own, without names: counted over
            // the whole team, shown only as one row.
            long ownTeam = everyone.stream()
                    .filter(person -> person.id() == user.account().salespersonId())
                    .findFirst()
                    .orElseThrow()
                    .teamId();
            List<Salesperson> team = everyone.stream()
                    .filter(person -> person.teamId() == ownTeam)
                    .toList();
            Scope teamScope =
                    new Scope(org, team.stream().map(Salesperson::id).collect(java.util.stream.Collectors.toSet()));
            model.addAttribute(
                    "teamTotals",
                    VisitCountTable.of(allPurposes, team, allTeams, activity.run(teamScope, window, Period.YEAR))
                            .team());
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("window", window);
        model.addAttribute("table", table);
        return "dashboard";
    }
}
