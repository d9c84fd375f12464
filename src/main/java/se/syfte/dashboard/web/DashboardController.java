package se.syfte.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.syfte.analytics.activity.db.VisitCountQuery;
import se.syfte.analytics.core.Window;
import se.syfte.dashboard.VisitCountTable;
import se.syfte.organisation.Organisation;
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
    private final VisitCountQuery visitCounts;
    private final Clock clock;

    DashboardController(
            ServedOrganisation served,
            PurposeRepository purposes,
            SalespersonRepository salespeople,
            TeamRepository teams,
            VisitCountQuery visitCounts,
            Clock clock) {
        this.served = served;
        this.purposes = purposes;
        this.salespeople = salespeople;
        this.teams = teams;
        this.visitCounts = visitCounts;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        Organisation organisation = served.get();
        long org = organisation.id();
        Window window = Window.lastTwelveFullMonths(LocalDate.now(clock.withZone(organisation.timeZone())));
        VisitCountTable table = VisitCountTable.of(
                purposes.findAll(org), salespeople.findAll(org), teams.findAll(org), visitCounts.run(org, window));
        model.addAttribute("organisation", organisation);
        model.addAttribute("window", window);
        model.addAttribute("table", table);
        return "dashboard";
    }
}
