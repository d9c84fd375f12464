package se.syfte.analytics.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.journeys.Journey;
import se.syfte.analytics.journeys.JourneyWalker;
import se.syfte.analytics.journeys.db.JourneyInputQuery;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.deals.Deal;
import se.syfte.deals.DealStatus;
import se.syfte.deals.db.DealRepository;
import se.syfte.orders.Order;
import se.syfte.orders.db.OrderRepository;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.reports.Report;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.ReportService;
import se.syfte.reports.format.ReportFormat;
import se.syfte.reports.format.ReportWriter;
import se.syfte.support.DatabaseTest;
import se.syfte.targets.Target;
import se.syfte.targets.TargetPeriod;
import se.syfte.targets.db.TargetRepository;
import se.syfte.visits.Channel;
import se.syfte.visits.Visit;
import se.syfte.visits.VisitStatus;
import se.syfte.visits.db.VisitRepository;

/**
 * Every scenario stored in the database and answered by the real queries: the journeys streamed
 * from SQL into the walker, and each expected report row for row. The same files run on DuckDB
 * and on PostgreSQL, so both must give the same rows.
 */
class ScenarioDatabaseTests extends DatabaseTest {

    private static final AtomicInteger ORGANISATIONS = new AtomicInteger();

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TeamRepository teams;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    CustomerRepository customers;

    @Autowired
    PurposeRepository purposes;

    @Autowired
    VisitRepository visits;

    @Autowired
    OrderRepository orders;

    @Autowired
    DealRepository deals;

    @Autowired
    TargetRepository targets;

    @Autowired
    JourneyInputQuery journeyInput;

    @Autowired
    ReportService reports;

    @TestFactory
    Stream<DynamicNode> everyScenarioGivesItsExpectedFiguresFromTheDatabase() {
        return Scenario.all().stream().map(scenario -> {
            List<DynamicTest> tests = new ArrayList<>();
            Stored stored = new Stored(scenario);
            if (!scenario.journeys().isEmpty()) {
                tests.add(DynamicTest.dynamicTest("journeys", () -> {
                    List<Journey> walked = new ArrayList<>();
                    int highest = ScenarioPurposes.funnelSteps(scenario).values().stream()
                            .mapToInt(Integer::intValue)
                            .max()
                            .orElse(0);
                    journeyInput.walk(
                            stored.scope(),
                            scenario.window(),
                            new JourneyWalker(scenario.settings(), scenario.window(), highest, walked::add));
                    assertThat(ScenarioJourneys.written(walked, stored::salesperson, stored::customer))
                            .containsExactlyElementsOf(ScenarioJourneys.sorted(scenario.journeys()));
                    // A customer's page walks that customer's journeys alone: the same journeys.
                    for (long customer : stored.customerIds()) {
                        List<Journey> alone = new ArrayList<>();
                        journeyInput.walkCustomer(
                                stored.scope(),
                                scenario.window(),
                                customer,
                                new JourneyWalker(scenario.settings(), scenario.window(), highest, alone::add));
                        // Journey holds an array, so it is compared as it is written.
                        assertThat(alone.stream().map(Journey::toString).toList())
                                .as(stored.customer(customer))
                                .containsExactlyInAnyOrderElementsOf(walked.stream()
                                        .filter(journey -> journey.customerId() == customer)
                                        .map(Journey::toString)
                                        .toList());
                    }
                }));
            }
            scenario.reports()
                    .forEach((invocation, expected) -> tests.add(DynamicTest.dynamicTest(
                            invocation,
                            () -> assertThat(stored.report(invocation))
                                    .isEqualTo(stored.daysSinceWritten(expected.strip())))));
            return DynamicContainer.dynamicContainer(scenario.toString(), tests);
        });
    }

    /** A scenario stored in an organisation of its own, created when first asked for. */
    private final class Stored {
        private final Scenario scenario;
        private Organisation organisation;
        private final Map<String, Long> ids = new HashMap<>();
        private final Map<Long, String> salespeopleById = new HashMap<>();
        private final Map<Long, String> customersById = new HashMap<>();

        Stored(Scenario scenario) {
            this.scenario = scenario;
        }

        se.syfte.analytics.core.Scope scope() {
            return reports.wholeOrganisation(organisation());
        }

        String salesperson(long id) {
            return salespeopleById.get(id);
        }

        String customer(long id) {
            return customersById.get(id);
        }

        java.util.Set<Long> customerIds() {
            return customersById.keySet();
        }

        String report(String invocation) throws Exception {
            String[] words = invocation.split(" ");
            Map<String, String> options = new HashMap<>();
            for (int i = 1; i < words.length; i++) {
                boolean flag = i + 1 == words.length || words[i + 1].startsWith("--");
                options.put(words[i], flag ? "" : words[++i].replace('_', ' '));
            }
            AnalyticsSettings settings = options.containsKey("--next-step-days")
                    ? new AnalyticsSettings(
                            scenario.settings().gapDays(),
                            scenario.settings().loopThreshold(),
                            Integer.valueOf(options.get("--next-step-days")))
                    : scenario.settings();
            ReportRequest request = new ReportRequest(
                    scenario.window(),
                    Optional.ofNullable(options.get("--salesperson")),
                    Optional.ofNullable(options.get("--team")),
                    Period.valueOf(options.getOrDefault("--period", "month").toUpperCase(Locale.ROOT)),
                    settings,
                    Locale.forLanguageTag(options.getOrDefault("--lang", "en")),
                    options.containsKey("--list"),
                    options.containsKey("--as-of") ? LocalDate.parse(options.get("--as-of")) : null);
            Report report = reports.run(organisation(), scope(), words[0], request);
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            ReportWriter.of(ReportFormat.CSV).write(report, csv);
            return csv.toString(StandardCharsets.UTF_8).strip();
        }

        /**
         * The expected rows with each {@code days_since(DATE)} written as the days from DATE to the
         * organisation's today, which moves with the calendar while the rule stays the same.
         */
        String daysSinceWritten(String expected) {
            LocalDate today = organisations.today(organisation());
            java.util.regex.Matcher since = java.util.regex.Pattern.compile("days_since\\((\\d{4}-\\d{2}-\\d{2})\\)")
                    .matcher(expected);
            return since.replaceAll(match ->
                    String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(match.group(1)), today)));
        }

        private Organisation organisation() {
            if (organisation == null) {
                organisation = organisations.create(
                        "scenario-" + ORGANISATIONS.incrementAndGet() + "-" + System.nanoTime(), scenario.file());
                store(organisation.id());
            }
            return organisation;
        }

        private void store(long org) {
            if (!scenario.purposes().isEmpty()) {
                jdbc.sql("DELETE FROM purpose_keyword WHERE org_id = :org")
                        .param("org", org)
                        .update();
                jdbc.sql("DELETE FROM purpose WHERE org_id = :org")
                        .param("org", org)
                        .update();
                for (List<String> purpose : scenario.purposes()) {
                    jdbc.sql("""
                                    INSERT INTO purpose (org_id, code, name_sv, name_en, kind, step)
                                    VALUES (:org, :code, :code, :code, :kind, :step)
                                    """)
                            .param("org", org)
                            .param("code", purpose.get(0))
                            .param("kind", purpose.get(1))
                            .param(
                                    "step",
                                    purpose.size() > 2 ? Integer.valueOf(purpose.get(2)) : null,
                                    java.sql.Types.INTEGER)
                            .update();
                }
            }
            Map<String, Long> purposeIds = new HashMap<>();
            purposes.findAll(org).forEach(p -> purposeIds.put(p.code(), p.id()));
            Map<String, Long> teamIds = new HashMap<>();
            for (List<String> person : scenario.salespeople()) {
                long team = teamIds.computeIfAbsent(person.get(1), name -> teams.insert(org, name));
                long id = salespeople.insert(org, team, person.get(0), null);
                ids.put(person.get(0), id);
                salespeopleById.put(id, person.get(0));
            }
            // Customers named with their tier and, when given, their owner.
            for (List<String> customer : scenario.customers()) {
                customers.save(
                        org,
                        customer.get(0),
                        null,
                        null,
                        new CustomerRepository.Details(
                                null,
                                null,
                                customer.get(1),
                                customer.size() > 2 && !customer.get(2).isEmpty() ? ids.get(customer.get(2)) : null));
                long id = customers.idByName(org, customer.get(0)).orElseThrow();
                ids.put(customer.get(0), id);
                customersById.put(id, customer.get(0));
            }
            List<Visit> rows = new ArrayList<>();
            for (List<String> visit : scenario.visits()) {
                VisitStatus status = Scenario.status(visit);
                rows.add(new Visit(
                        LocalDate.parse(visit.get(0)),
                        null,
                        ids.get(visit.get(1)),
                        customer(org, visit.get(2)),
                        purposeIds.get(visit.get(3)),
                        visit.size() > 4 && !visit.get(4).isEmpty() ? Integer.valueOf(visit.get(4)) : null,
                        Channel.ON_SITE,
                        null,
                        null,
                        status,
                        Scenario.planned(visit)));
            }
            visits.insertAll(org, rows);
            List<Order> orderRows = new ArrayList<>();
            for (List<String> order : scenario.orders()) {
                orderRows.add(new Order(
                        customer(org, order.get(1)),
                        order.size() > 3 ? ids.get(order.get(3)) : null,
                        LocalDate.parse(order.get(0)),
                        new BigDecimal(order.get(2)),
                        "SEK"));
            }
            orders.insertAll(org, orderRows);
            for (List<String> deal : scenario.deals()) {
                DealStatus status = DealStatus.valueOf(deal.get(4));
                deals.insert(
                        org,
                        new Deal(
                                customer(org, deal.get(1)),
                                ids.get(deal.get(2)),
                                null,
                                LocalDate.parse(deal.get(0)),
                                null,
                                new BigDecimal(deal.get(3)),
                                "SEK",
                                status,
                                status == DealStatus.OPEN ? null : LocalDate.parse(deal.get(5))));
            }
            List<Target> targetRows = new ArrayList<>();
            for (List<String> target : scenario.targets()) {
                boolean team = target.get(0).startsWith("team:");
                targetRows.add(new Target(
                        team ? null : ids.get(target.get(0)),
                        team ? teamIds.get(target.get(0).substring(5)) : null,
                        purposeIds.get(target.get(1)),
                        TargetPeriod.valueOf(target.get(2)),
                        LocalDate.parse(target.get(3)),
                        Integer.parseInt(target.get(4))));
            }
            targets.insertAll(org, targetRows);
        }

        private long customer(long org, String name) {
            Long id = ids.get(name);
            if (id == null) {
                id = customers.insert(org, name, null, null, null);
                ids.put(name, id);
                customersById.put(id, name);
            }
            return id;
        }
    }
}
