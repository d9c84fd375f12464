package se.syfte.customers.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.Role;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.customers.CustomerHistory;
import se.syfte.customers.CustomerService;
import se.syfte.customers.VisibleCustomer;
import se.syfte.customers.db.CustomerHistoryQuery;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.purposes.PurposeService;
import se.syfte.reports.ColumnType;
import se.syfte.reports.ReportContexts;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.figures.CustomerJourneys;
import se.syfte.web.ReportLinks;
import se.syfte.web.ReportViews;

/**
 * A customer's page: the visits as a timeline coloured by purpose, the journeys and how they ended,
 * deals and orders, hours against yield, and who visits — all as far as the reader's salespeople
 * are concerned. A customer none of them has dealt with is not found.
 */
@Controller
class CustomerController {

    /** How far back the page looks for journeys: long enough for the slowest B2B sales. */
    private static final int JOURNEY_YEARS = 3;

    private final OrganisationService organisations;
    private final AccountScope scopes;
    private final PurposeService purposes;
    private final CustomerHistoryQuery history;
    private final ReportContexts contexts;
    private final CustomerJourneys journeys;
    private final ReportViews views;
    private final CustomerService customers;

    CustomerController(
            OrganisationService organisations,
            AccountScope scopes,
            PurposeService purposes,
            CustomerHistoryQuery history,
            ReportContexts contexts,
            CustomerJourneys journeys,
            ReportViews views,
            CustomerService customers) {
        this.organisations = organisations;
        this.scopes = scopes;
        this.purposes = purposes;
        this.history = history;
        this.contexts = contexts;
        this.journeys = journeys;
        this.views = views;
        this.customers = customers;
    }

    @GetMapping("/customers/{id}")
    String customer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale, Model model) {
        Organisation organisation = organisations.byId(user.account().orgId());
        List<Salesperson> everyone = organisations.salespeople(organisation.id());
        Scope visible = scopes.of(user.account(), everyone);
        VisibleCustomer customer = history.visible(visible, id, user.account().role() == Role.ADMIN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = customer.name();
        ReportViews.Formatting formatting = views.formatting(organisation, purposes.all(organisation.id()), locale);
        BiFunction<String, String, String> linked = ReportLinks.of(
                java.util.Map.of(name, id),
                everyone.stream().filter(p -> visible.includes(p.id())).toList());
        java.time.LocalDate today = organisations.today(organisation);
        Window window = new Window(today.minusYears(JOURNEY_YEARS), today.plusDays(1));
        List<CustomerHistory.Visit> visits = history.visits(visible, id);
        List<CustomerHistory.Order> orders = history.orders(visible, id);
        model.addAttribute("name", name);
        model.addAttribute("customer", customer);
        model.addAttribute("window", window);
        model.addAttribute("visits", views.view(CustomerTables.visits(visits), formatting, linked));
        model.addAttribute(
                "visitors", views.view(CustomerTables.visitors(history.visitors(visible, id)), formatting, linked));
        model.addAttribute("deals", views.view(CustomerTables.deals(history.deals(visible, id)), formatting, linked));
        model.addAttribute("orders", views.view(CustomerTables.orders(orders), formatting, linked));
        model.addAttribute(
                "journeys",
                views.view(
                        journeys.table(
                                contexts.resolve(
                                        organisation,
                                        visible,
                                        ReportRequest.forPage(window, Optional.empty(), Optional.empty(), locale)),
                                id),
                        formatting,
                        linked));
        model.addAttribute(
                "hours",
                formatting.format(
                        ColumnType.HOURS,
                        visits.stream()
                                .mapToDouble(CustomerHistory.Visit::hours)
                                .sum()));
        model.addAttribute(
                "intake",
                formatting.amount(orders.stream()
                        .map(CustomerHistory.Order::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .doubleValue()));
        return "customer";
    }
}
