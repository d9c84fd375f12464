package se.syfte.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.syfte.analytics.activity.db.ActivityQuery;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.dashboard.VisitCountTable;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.web.ServedOrganisation;

@Controller
class DashboardController {

    private final ServedOrganisation served;
    private final PurposeRepository purposes;
    private final SalespersonRepository salespeople;
    private final TeamRepository teams;
    private final ActivityQuery activity;
    private final Clock clock;

    DashboardController(
            ServedOrganisation served,
            PurposeRepository purposes,
            SalespersonRepository salespeople,
            TeamRepository teams,
            ActivityQuery activity,
            Clock clock) {
        this.served = served;
        this.purposes = purposes;
        this.salespeople = salespeople;
        this.teams = teams;
        this.activity = activity;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        Organisation organisation = served.get();
        long org = organisation.id();
        Window window = Window.lastTwelveFullMonths(LocalDate.now(clock.withZone(organisation.timeZone())));
        List<Salesperson> people = salespeople.findAll(org);
        Scope everyone = new Scope(org, people.stream().map(Salesperson::id).collect(Collectors.toSet()));
        VisitCountTable table = VisitCountTable.of(
                purposes.findAll(org), people, teams.findAll(org), activity.run(everyone, window, Period.YEAR));
        model.addAttribute("organisation", organisation);
        model.addAttribute("window", window);
        model.addAttribute("table", table);
        return "dashboard";
    }
}
