package se.syfte.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.database.TableStatistics;
import se.syfte.deals.Deal;
import se.syfte.deals.db.DealRepository;
import se.syfte.orders.Order;
import se.syfte.orders.db.OrderRepository;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationExistsException;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.OrganisationRepository;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.targets.Target;
import se.syfte.targets.TargetPeriod;
import se.syfte.targets.db.TargetRepository;
import se.syfte.visits.Visit;
import se.syfte.visits.db.VisitRepository;

/** Creates, or with {@code force} recreates, the demo organisation in one transaction. */
@Service
public class DemoService {

    private final OrganisationService organisationService;
    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final SalespersonRepository salespeople;
    private final CustomerRepository customers;
    private final PurposeRepository purposes;
    private final DealRepository deals;
    private final VisitRepository visits;
    private final OrderRepository orders;
    private final TargetRepository targets;
    private final AccountService accounts;
    private final TableStatistics statistics;

    DemoService(
            OrganisationService organisationService,
            OrganisationRepository organisations,
            TeamRepository teams,
            SalespersonRepository salespeople,
            CustomerRepository customers,
            PurposeRepository purposes,
            DealRepository deals,
            VisitRepository visits,
            OrderRepository orders,
            TargetRepository targets,
            AccountService accounts,
            TableStatistics statistics) {
        this.accounts = accounts;
        this.statistics = statistics;
        this.organisationService = organisationService;
        this.organisations = organisations;
        this.teams = teams;
        this.salespeople = salespeople;
        this.customers = customers;
        this.purposes = purposes;
        this.deals = deals;
        this.visits = visits;
        this.orders = orders;
        this.targets = targets;
    }

    /** The demo organisation, its history ending the day before {@code asOf} (null: the organisation's today). */
    @Transactional
    public DemoSummary create(String code, long seed, LocalDate asOf, boolean force) {
        organisations.findByCode(code).ifPresent(found -> {
            if (!force) {
                throw new OrganisationExistsException("The organisation '" + code
                        + "' already exists; run 'syfte demo --force' to replace it and all its data.");
            }
            organisationService.delete(found);
        });
        Organisation organisation = organisationService.create(code, "Syfte Demo AB");
        DemoData data = DemoGenerator.generate(seed, asOf != null ? asOf : organisationService.today(organisation));
        store(organisation.id(), data);
        statistics.refresh();
        String team = data.salespeople().stream()
                .filter(person -> person.name().equals(DemoStories.QUOTE_HEAVY_SALESPERSON))
                .findFirst()
                .orElseThrow()
                .team();
        List<DemoSummary.DemoAccount> demoAccounts = List.of(
                new DemoSummary.DemoAccount(
                        accounts.create(
                                organisation,
                                "admin@" + code + ".syfte.example",
                                Role.ADMIN,
                                Optional.empty(),
                                List.of(),
                                Optional.of("Astrid Nyqvist"),
                                "demo"),
                        null,
                        null),
                new DemoSummary.DemoAccount(
                        accounts.create(
                                organisation,
                                "manager@" + code + ".syfte.example",
                                Role.MANAGER,
                                Optional.empty(),
                                List.of(team),
                                Optional.of("Magnus Berg"),
                                "demo"),
                        team,
                        null),
                new DemoSummary.DemoAccount(
                        accounts.create(
                                organisation,
                                "salesperson@" + code + ".syfte.example",
                                Role.SALESPERSON,
                                Optional.of(DemoStories.QUOTE_HEAVY_SALESPERSON),
                                List.of(),
                                Optional.empty(),
                                "demo"),
                        team,
                        DemoStories.QUOTE_HEAVY_SALESPERSON));
        return new DemoSummary(
                code,
                data.teams().size(),
                data.salespeople().size(),
                data.customers().size(),
                data.visits().size(),
                data.deals().size(),
                data.orders().size(),
                data.targets().size(),
                demoAccounts);
    }

    private void store(long org, DemoData data) {
        Map<String, Long> teamIds = new HashMap<>();
        data.teams().forEach(team -> teamIds.put(team, teams.insert(org, team)));
        Map<String, Long> people = new HashMap<>();
        data.salespeople()
                .forEach(person -> people.put(
                        person.name(),
                        salespeople.insert(org, teamIds.get(person.team()), person.name(), person.email())));
        Map<String, Long> customerIds = new HashMap<>();
        data.customers()
                .forEach(company -> customerIds.put(
                        company.name(),
                        customers.insert(
                                org,
                                company.name(),
                                company.orgNumber(),
                                new CustomerRepository.Details(
                                        company.segment(),
                                        company.industry(),
                                        company.tier(),
                                        company.owner() == null ? null : people.get(company.owner())))));
        Map<String, Purpose> purposeByCode =
                purposes.findAll(org).stream().collect(Collectors.toMap(Purpose::code, Function.identity()));
        Map<String, Long> dealIds = new HashMap<>();
        for (DemoData.DealRow deal : data.deals()) {
            dealIds.put(
                    deal.key(),
                    deals.insert(
                            org,
                            new Deal(
                                    customerIds.get(deal.customer()),
                                    people.get(deal.owner()),
                                    deal.title(),
                                    deal.created(),
                                    deal.stage(),
                                    deal.value(),
                                    "SEK",
                                    deal.status(),
                                    deal.closed())));
        }
        visits.insertAll(
                org,
                data.visits().stream()
                        .map(visit -> new Visit(
                                visit.date(),
                                visit.time(),
                                people.get(visit.salesperson()),
                                customerIds.get(visit.customer()),
                                purposeByCode.get(visit.purpose()).id(),
                                visit.minutes(),
                                visit.channel(),
                                visit.note(),
                                visit.dealKey() == null ? null : dealIds.get(visit.dealKey()),
                                visit.status(),
                                visit.planned()))
                        .toList());
        orders.insertAll(
                org,
                data.orders().stream()
                        .map(order -> new Order(
                                customerIds.get(order.customer()),
                                people.get(order.salesperson()),
                                order.date(),
                                order.amount(),
                                "SEK"))
                        .toList());
        List<Target> monthly = data.targets().stream()
                .map(target -> new Target(
                        people.get(target.salesperson()),
                        null,
                        purposeByCode.get(target.purpose()).id(),
                        TargetPeriod.MONTH,
                        target.monthStart(),
                        target.count()))
                .toList();
        targets.insertAll(org, monthly);
    }
}
