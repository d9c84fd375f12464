package se.syfte.coaching.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
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
import se.syfte.coaching.figures.CoachingFigures;
import se.syfte.coaching.figures.CoachingSections;
import se.syfte.coaching.figures.CoachingService;
import se.syfte.customers.CustomerService;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.purposes.PurposeService;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.ReportTable;
import se.syfte.web.PickedWindow;
import se.syfte.web.ReportLinks;
import se.syfte.web.ReportQuery;
import se.syfte.web.ReportView;
import se.syfte.web.ReportViews;

/**
 * One salesperson's coaching page: the coaching report of SPEC §3 with their cohorts, effort and
 * attainment beside it, for the manager and for the salesperson themselves. Anyone else gets 404.
 */
@Controller
class CoachingController {

    private final OrganisationService organisations;
    private final AccountScope scopes;
    private final PurposeService purposes;
    private final CoachingService coaching;
    private final ReportViews views;
    private final CustomerService customers;

    CoachingController(
            OrganisationService organisations,
            AccountScope scopes,
            PurposeService purposes,
            CoachingService coaching,
            ReportViews views,
            CustomerService customers) {
        this.organisations = organisations;
        this.scopes = scopes;
        this.purposes = purposes;
        this.coaching = coaching;
        this.views = views;
        this.customers = customers;
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
        List<Salesperson> everyone = organisations.salespeople(organisation.id());
        Scope visible = scopes.of(user.account(), everyone);
        Salesperson person = everyone.stream()
                .filter(candidate -> candidate.id() == id && visible.includes(candidate.id()))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PickedWindow picked = PickedWindow.of(period, from, to, organisations.today(organisation));
        Window window = picked.window();
        ReportViews.Formatting formatting = views.formatting(organisation, purposes.all(organisation.id()), locale);
        CoachingFigures figures = coaching.figures(
                organisation,
                visible,
                ReportRequest.forPage(window, Optional.of(person.name()), Optional.empty(), locale));
        CoachingSections summary = figures.summary();
        BiFunction<String, String, String> linked = ReportLinks.of(
                customers.idsByName(
                        organisation.id(),
                        ReportTable.texts(
                                "customer",
                                summary.loops(),
                                summary.concentration(),
                                summary.questions(),
                                figures.effort(),
                                figures.cohort())),
                everyone.stream().filter(p -> visible.includes(p.id())).toList());
        Function<ReportTable, ReportView> view = table -> views.view(table, formatting, linked);
        model.addAttribute("person", person);
        model.addAttribute("window", window);
        model.addAttribute("reportQuery", ReportQuery.of(window, Optional.empty(), Optional.of(person.name()), locale));
        model.addAttribute("period", picked.period());
        model.addAttribute("periodError", picked.invalid());
        model.addAttribute("from", window.from());
        model.addAttribute("through", window.lastDay());
        model.addAttribute("progress", view.apply(summary.progress()));
        model.addAttribute("cycle", view.apply(summary.cycle()));
        model.addAttribute("bottleneck", view.apply(summary.bottleneck()));
        model.addAttribute("loops", view.apply(summary.loops()));
        model.addAttribute("concentration", view.apply(summary.concentration()));
        model.addAttribute("questions", view.apply(summary.questions()));
        model.addAttribute("cohort", view.apply(figures.cohort()));
        model.addAttribute("effort", view.apply(figures.effort()));
        model.addAttribute("attainment", view.apply(figures.attainment()));
        model.addAttribute("held", view.apply(figures.held()));
        model.addAttribute("unbooked", figures.unbooked());
        model.addAttribute("purposeNames", purposes.namesByCode(organisation.id(), locale));
        model.addAttribute("today", organisations.today(organisation));
        return "coaching";
    }
}
