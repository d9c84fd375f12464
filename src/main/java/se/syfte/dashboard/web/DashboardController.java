package se.syfte.dashboard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.Role;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.analytics.core.Ratio;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.coaching.figures.WeakestStep;
import se.syfte.customers.CustomerService;
import se.syfte.dashboard.DashboardFigures;
import se.syfte.dashboard.DashboardService;
import se.syfte.dashboard.TeamFigures;
import se.syfte.dashboard.VisitCountTable;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.PurposeService;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportContexts;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.ReportTable;
import se.syfte.visitlog.VisitService;
import se.syfte.web.PickedWindow;
import se.syfte.web.ReportLinks;
import se.syfte.web.ReportQuery;
import se.syfte.web.ReportView;
import se.syfte.web.ReportViews;

/**
 * The team dashboard: for the chosen period and team, the figures of SPEC §3 a sales manager
 * coaches from, each chart drawn from the table beside it.
 */
@Controller
class DashboardController {

    /** Rows of a long table the page lists. */
    static final int LISTED = 50;

    private final OrganisationService organisations;
    private final AccountScope scopes;
    private final PurposeService purposes;
    private final CustomerService customers;
    private final DashboardService dashboard;
    private final ReportViews views;
    private final VisitService visits;
    private final org.springframework.context.MessageSource messages;

    DashboardController(
            OrganisationService organisations,
            AccountScope scopes,
            PurposeService purposes,
            CustomerService customers,
            DashboardService dashboard,
            ReportViews views,
            VisitService visits,
            org.springframework.context.MessageSource messages) {
        this.organisations = organisations;
        this.scopes = scopes;
        this.purposes = purposes;
        this.customers = customers;
        this.dashboard = dashboard;
        this.views = views;
        this.visits = visits;
        this.messages = messages;
    }

    @GetMapping("/")
    String dashboard(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "twelve-months") String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Long team,
            Locale locale,
            Model model) {
        Organisation organisation = organisations.byId(user.account().orgId());
        long org = organisation.id();
        LocalDate today = organisations.today(organisation);
        PickedWindow picked = PickedWindow.of(period, from, to, today);
        Window window = picked.window();
        model.addAttribute("periodError", picked.invalid());
        List<Salesperson> everyone = organisations.salespeople(org);
        List<Purpose> allPurposes = purposes.all(org);
        List<Team> allTeams = organisations.teams(org);
        Scope visible = scopes.of(user.account(), everyone);
        List<Team> teamChoices = ReportContexts.teamsWithin(allTeams, everyone, visible);
        Optional<Team> teamCut = Optional.ofNullable(team)
                .map(id -> teamChoices.stream()
                        .filter(candidate -> candidate.id() == id)
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        List<Salesperson> people = everyone.stream()
                .filter(person -> visible.includes(person.id()))
                .filter(person ->
                        teamCut.isEmpty() || person.teamId() == teamCut.get().id())
                .toList();
        Scope cut = visible.narrowedTo(people.stream().map(Salesperson::id).collect(Collectors.toSet()));
        VisitCountTable table = VisitCountTable.of(allPurposes, people, allTeams, dashboard.visitCounts(cut, window));
        boolean salesperson = user.account().role() == Role.SALESPERSON;
        if (salesperson) {
            model.addAttribute("teamTotals", teamTotals(user, everyone, allPurposes, allTeams, window));
            model.addAttribute("plans", visits.plans(user.account()));
        }
        model.addAttribute("purposeNames", purposes.namesByCode(org, locale));
        model.addAttribute("today", today);
        DashboardFigures figures = dashboard.figures(
                organisation,
                visible,
                ReportRequest.forPage(window, Optional.empty(), teamCut.map(Team::name), locale),
                picked.previous(),
                table.hasVisits(),
                salesperson);
        model.addAttribute("followUps", figures.followUps());
        model.addAttribute(
                "salespersonNames", everyone.stream().collect(Collectors.toMap(Salesperson::id, Salesperson::name)));
        model.addAttribute("organisation", organisation);
        model.addAttribute("window", window);
        model.addAttribute("previousWindow", picked.previous());
        model.addAttribute("period", picked.period());
        model.addAttribute("from", window.from());
        model.addAttribute("through", window.lastDay());
        model.addAttribute("teams", teamChoices);
        model.addAttribute("reportQuery", ReportQuery.of(window, teamCut.map(Team::name), Optional.empty(), locale));
        model.addAttribute("team", team);
        model.addAttribute("table", table);
        model.addAttribute("canImport", user.account().role() != Role.SALESPERSON);
        // A team's row leads to the team's own dashboard for the same period.
        Map<String, String> teamLinks = teamChoices.stream()
                .collect(Collectors.toMap(
                        Team::name,
                        choice -> "/?period=" + picked.period() + "&from=" + window.from() + "&to=" + window.lastDay()
                                + "&team=" + choice.id(),
                        (first, second) -> first));
        figures.team().ifPresent(found -> {
            teamFigures(organisation, allPurposes, people, found, teamLinks, !salesperson, locale, model);
            if (found.teamsFirst()) {
                model.addAttribute("table", table.byTeam());
            }
        });
        return "dashboard";
    }

    private void teamFigures(
            Organisation organisation,
            List<Purpose> allPurposes,
            List<Salesperson> people,
            TeamFigures figures,
            Map<String, String> teamLinks,
            boolean withCoachFirst,
            Locale locale,
            Model model) {
        ReportViews.Formatting formatting = views.formatting(organisation, allPurposes, locale);
        if (withCoachFirst) {
            model.addAttribute(
                    "coachFirst",
                    CoachFirstRows.of(
                            figures.coachFirst(),
                            formatting,
                            messages.getMessage("dashboard.coachFirst.won", null, locale)));
        }
        BiFunction<String, String, String> links = ReportLinks.of(
                customers.idsByName(
                        organisation.id(),
                        ReportTable.texts("customer", figures.effort(), figures.loops(), figures.concentration())),
                people);
        top(model, "attainment", views.view(figures.attainment(), formatting, links));
        ReportView windowAttainment = views.view(figures.windowAttainment(), formatting, links);
        int salespersonAt = PivotGrid.index(windowAttainment, "salesperson");
        int purposeAt = PivotGrid.index(windowAttainment, "purpose");
        java.util.function.Function<PivotGrid, PivotGrid> linkTeams =
                grid -> figures.teamsFirst() ? grid.linked(teamLinks::get) : grid;
        model.addAttribute("teamsFirst", figures.teamsFirst());
        model.addAttribute(
                "attainmentGrid",
                linkTeams.apply(PivotGrid.of(
                        windowAttainment,
                        row -> !row.get(salespersonAt).value().equals(ReportContext.ALL),
                        "salesperson",
                        "purpose",
                        row -> row.get(purposeAt).text(),
                        "attainment",
                        "pace",
                        (name, purpose) -> false)));
        ReportView funnel = views.view(figures.funnel(), formatting, links);
        Map<String, WeakestStep> weakest = figures.weakestSteps();
        int fromAt = PivotGrid.index(funnel, "from_purpose");
        int toAt = PivotGrid.index(funnel, "to_purpose");
        model.addAttribute(
                "funnel",
                linkTeams.apply(PivotGrid.of(
                        funnel,
                        row -> true,
                        "salesperson",
                        "from_purpose",
                        row -> row.get(fromAt).text() + " → " + row.get(toAt).text(),
                        "rate",
                        "reached_from",
                        (name, step) -> Optional.ofNullable(weakest.get(name))
                                .map(found -> found.fromPurpose().equals(step))
                                .orElse(false))));
        top(model, "loops", views.view(figures.loops(), formatting, links));
        top(model, "concentration", views.view(figures.concentration(), formatting, links));
        model.addAttribute("effort", views.view(figures.effort(), formatting, links));
        model.addAttribute("effortCurve", views.view(figures.effortCurve(), formatting, links));
        model.addAttribute("customersVisited", figures.customersVisited());
        Ratio sinkShare = figures.timeSinkShare();
        model.addAttribute(
                "timeSinkShare",
                sinkShare.isEmpty()
                        ? null
                        : formatting.percent(sinkShare.value().getAsDouble()));
        top(model, "winrate", views.view(figures.winrate(), formatting, links));
        model.addAttribute("headline", HeadlineRows.of(figures.headline(), figures.previousHeadline(), formatting));
        // The chart draws the team's new and existing customer visits per period; per salesperson is the report's.
        ReportView traditional = views.view(figures.traditional(), formatting, links);
        model.addAttribute("traditional", traditional.where("salesperson", ReportContext.ALL));
        model.addAttribute("traditionalRows", traditional.rows().size());
        ReportView held = views.view(figures.held(), formatting, links);
        int heldPurposeAt = PivotGrid.index(held, "purpose");
        int plannedAt = PivotGrid.index(held, "planned");
        top(model, "held", held);
        model.addAttribute(
                "anyPlanned",
                held.rows().stream().anyMatch(row -> !row.get(plannedAt).value().equals("0")));
        model.addAttribute(
                "heldGrid",
                PivotGrid.of(
                        held,
                        row -> !row.get(heldPurposeAt).value().isEmpty(),
                        "salesperson",
                        "purpose",
                        row -> row.get(heldPurposeAt).text(),
                        "held_rate",
                        "planned",
                        (name, purpose) -> false));
    }

    /**
     * A long table as the page lists it: its first {@link #LISTED} rows, and how many it has, so
     * that the page says where the rest is (the report of the same name).
     */
    private static void top(Model model, String name, ReportView view) {
        model.addAttribute(name, view.first(LISTED, "salesperson", ReportContext.ALL));
        model.addAttribute(name + "Rows", view.rows().size());
    }

    /** A salesperson sees their team's totals beside their own, without names: counted over the whole team. */
    private VisitCountTable.Row teamTotals(
            SignedInUser user,
            List<Salesperson> everyone,
            List<Purpose> allPurposes,
            List<Team> allTeams,
            Window window) {
        long ownTeam = everyone.stream()
                .filter(person -> person.id() == user.account().salespersonId())
                .findFirst()
                .orElseThrow()
                .teamId();
        List<Salesperson> team =
                everyone.stream().filter(person -> person.teamId() == ownTeam).toList();
        Set<Long> ids = team.stream().map(Salesperson::id).collect(Collectors.toSet());
        return VisitCountTable.of(
                        allPurposes,
                        team,
                        allTeams,
                        dashboard.visitCounts(new Scope(user.account().orgId(), ids), window))
                .team();
    }
}
