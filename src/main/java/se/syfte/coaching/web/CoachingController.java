package se.syfte.coaching.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.reports.Report;
import se.syfte.reports.ReportName;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.ReportService;
import se.syfte.reports.ReportTable;
import se.syfte.reports.web.PickedWindow;
import se.syfte.reports.web.ReportLinks;
import se.syfte.reports.web.ReportView;
import se.syfte.reports.web.ReportViews;

/**
 * One salesperson's coaching page: the coaching report of SPEC §3 with their cohorts, effort and
 * attainment beside it, for the manager and for the salesperson themselves. Anyone else gets 404.
 */
@Controller
class CoachingController {

    private final OrganisationService organisations;
    private final AccountScope scopes;
    private final SalespersonRepository salespeople;
    private final PurposeRepository purposes;
    private final ReportService reports;
    private final ReportViews views;
    private final ReportLinks links;

    CoachingController(
            OrganisationService organisations,
            AccountScope scopes,
            SalespersonRepository salespeople,
            PurposeRepository purposes,
            ReportService reports,
            ReportViews views,
            ReportLinks links) {
        this.organisations = organisations;
        this.scopes = scopes;
        this.salespeople = salespeople;
        this.purposes = purposes;
        this.reports = reports;
        this.views = views;
        this.links = links;
    }

    @GetMapping("/coaching/{id}")
    String coaching(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "twelve-months") String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            Model model) {
        Organisation organisation = organisations.byId(user.account().orgId());
        List<Salesperson> everyone = salespeople.findAll(organisation.id());
        Scope visible = scopes.of(user.account(), everyone);
        Salesperson person = everyone.stream()
                .filter(candidate -> candidate.id() == id && visible.includes(candidate.id()))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PickedWindow picked = PickedWindow.of(period, from, to, organisations.today(organisation));
        Window window = picked.window();
        ReportViews.Formatting formatting = views.formatting(organisation, purposes.findAll(organisation.id()), locale);
        BiFunction<String, String, String> linked = links.of(
                organisation.id(),
                everyone.stream().filter(p -> visible.includes(p.id())).toList());
        Report coaching = reports.run(
                organisation,
                visible,
                ReportRequest.forPage(
                        ReportName.COACHING, window, Optional.of(person.name()), Optional.empty(), locale));
        Map<String, ReportView> sections = new HashMap<>();
        for (ReportTable section : coaching.sections()) {
            sections.put(section.title(), views.view(section, formatting, linked));
        }
        model.addAttribute("person", person);
        model.addAttribute("window", window);
        model.addAttribute("period", picked.period());
        model.addAttribute("periodError", picked.invalid());
        model.addAttribute("from", window.from());
        model.addAttribute("through", window.lastDay());
        model.addAttribute("sections", sections);
        model.addAttribute(
                "cohort",
                first(
                        reports.run(
                                organisation,
                                visible,
                                ReportRequest.forPage(
                                        ReportName.COHORT,
                                        window,
                                        Optional.of(person.name()),
                                        Optional.empty(),
                                        locale)),
                        formatting,
                        linked));
        model.addAttribute(
                "effort",
                first(
                        reports.run(
                                organisation,
                                visible,
                                ReportRequest.forPage(
                                        ReportName.EFFORT,
                                        window,
                                        Optional.of(person.name()),
                                        Optional.empty(),
                                        locale)),
                        formatting,
                        linked));
        model.addAttribute(
                "attainment",
                first(
                        reports.run(
                                organisation,
                                visible,
                                ReportRequest.forPage(
                                        ReportName.ATTAINMENT,
                                        window,
                                        Optional.of(person.name()),
                                        Optional.empty(),
                                        locale)),
                        formatting,
                        linked));
        return "coaching";
    }

    private ReportView first(
            Report report, ReportViews.Formatting formatting, BiFunction<String, String, String> linked) {
        return views.view(report.sections().get(0), formatting, linked);
    }
}
