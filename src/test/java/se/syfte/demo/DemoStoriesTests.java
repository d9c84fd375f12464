package se.syfte.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Window;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.db.OrganisationRepository;
import se.syfte.reports.Report;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.ReportService;
import se.syfte.reports.ReportTable;
import se.syfte.support.DatabaseTest;

/**
 * The stories of docs/demo-data.md, read back from the stored demo organisation as made on
 * several days — today's among them, a leap day, a month's first and last, and days on which
 * the stories once failed to show — for the demo is made on whatever day a user runs it.
 */
@ParameterizedClass(name = "demo made on {0}")
@MethodSource("days")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStoriesTests extends DatabaseTest {

    private static final String CODE = "demo-stories";

    static Stream<LocalDate> days() {
        return Stream.of(
                        LocalDate.now(),
                        LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 12, 4),
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 17),
                        LocalDate.of(2028, 2, 29))
                .distinct();
    }

    @Parameter
    LocalDate asOf;

    Window window;

    @Autowired
    DemoService demo;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportService reports;

    long org;

    DemoSummary summary;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void createDemo() {
        window = Window.lastTwelveFullMonths(asOf);
        summary = demo.create(CODE, 42, asOf, true);
        org = organisations.findByCode(CODE).orElseThrow().id();
    }

    @Test
    void theDemoHoldsTheTeamsCustomersVisitsAndDealsTheDocumentCounts() {
        assertThat(summary.teams()).isEqualTo(2);
        assertThat(summary.salespeople()).isEqualTo(12);
        assertThat(summary.customers()).isEqualTo(300);
        assertThat(summary.visits()).isBetween(2_900, 3_400);
        assertThat(summary.deals()).isBetween(380, 480);
    }

    @Test
    void quoteHeavySalespersonRarelyTakesAJourneyFromQuoteToNegotiation() {
        Map<String, Double> quoteToNegotiation = new HashMap<>();
        for (List<Object> row :
                report("funnel", Optional.empty()).sections().get(0).rows()) {
            // Only rates from at least five journeys say something about a salesperson (SPEC §3, bottleneck).
            if (row.get(1).equals("QUOTE") && (Long) row.get(3) >= 5) {
                quoteToNegotiation.put((String) row.get(0), (Double) row.get(5));
            }
        }
        double johan = quoteToNegotiation.remove(DemoStories.QUOTE_HEAVY_SALESPERSON);
        double team = quoteToNegotiation.remove("ALL");
        List<Double> others = quoteToNegotiation.values().stream().sorted().toList();

        assertThat(johan).isLessThan(0.2).isLessThan(others.get(0));
        assertThat(team).isGreaterThan(0.4);
    }

    /** Issue: the coaching report of the planted salesperson finds every story planted for him. */
    @Test
    void coachingOfTheQuoteHeavySalespersonFindsHisBottleneckLoopConcentrationAndTimeSinks() {
        Report coaching = report("coaching", Optional.of(DemoStories.QUOTE_HEAVY_SALESPERSON));
        Map<String, ReportTable> sections = new HashMap<>();
        coaching.sections().forEach(section -> sections.put(section.title(), section));

        assertThat(sections.get("bottleneck").rows())
                .singleElement()
                .satisfies(row -> assertThat(row.subList(0, 2)).containsExactly("QUOTE", "NEGOTIATION"));
        assertThat(sections.get("loops").rows())
                .anySatisfy(
                        row -> assertThat(row.subList(0, 3)).containsExactly(DemoStories.LOOP_CUSTOMER, "QUOTE", 10L));
        assertThat(sections.get("concentration").rows())
                .anySatisfy(row -> assertThat(row.subList(0, 2)).containsExactly("QUOTE", DemoStories.LOOP_CUSTOMER));
        assertThat(sections.get("time_sinks").rows().stream().map(row -> row.get(0)))
                .containsAll(DemoStories.TIME_SINK_CUSTOMERS);
        assertThat(sections.get("questions").rows()).hasSizeBetween(3, 5);
    }

    @Test
    void everySalespersonHasVisitsPlannedForTheComingTwoWeeksAndTheDemoSalespersonTwoToConfirm() {
        Map<String, Long> coming = plannedPerSalesperson("v.visit_date >= :day AND v.visit_date < :ahead");
        Map<String, Long> unconfirmed = plannedPerSalesperson("v.visit_date < :day");

        assertThat(coming)
                .hasSize(12)
                .allSatisfy((who, visits) -> assertThat(visits).as(who).isBetween(2L, 5L));
        assertThat(unconfirmed).containsEntry(DemoStories.QUOTE_HEAVY_SALESPERSON, 2L);
        assertThat(unconfirmed.values().stream().mapToLong(Long::longValue).sum())
                .isGreaterThan(5);
    }

    @Test
    void theSalespersonWhoOftenCancelsHasTheLowestHeldRate() {
        Map<String, long[]> heldOfPlanned = new HashMap<>();
        for (List<Object> row :
                report("held", Optional.empty()).sections().get(0).rows()) {
            long[] counts = heldOfPlanned.computeIfAbsent((String) row.get(0), who -> new long[2]);
            counts[0] += (Long) row.get(3);
            counts[1] += (Long) row.get(3) + (Long) row.get(4) + (Long) row.get(5) + (Long) row.get(6);
        }
        Map<String, Double> rates = heldOfPlanned.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (double) e.getValue()[0] / e.getValue()[1]));
        double often = rates.remove(DemoStories.OFTEN_CANCELS);
        rates.remove("ALL");

        assertThat(often).isLessThan(0.8);
        assertThat(rates)
                .hasSize(11)
                .allSatisfy((who, rate) -> assertThat(rate).as(who).isGreaterThan(often + 0.1));
    }

    @Test
    void everyCustomerHasAnOwnerAndSomeACustomersAreOverdue() {
        Report cadence = reports.run(
                organisation(),
                reports.wholeOrganisation(organisation()),
                "cadence",
                new ReportRequest(
                        window,
                        Optional.empty(),
                        Optional.empty(),
                        Period.MONTH,
                        AnalyticsSettings.defaults(),
                        Locale.ENGLISH,
                        false,
                        asOf));
        List<List<Object>> customers = cadence.sections().get(0).rows();
        List<Object> overdueA = customers.stream()
                .filter(row -> row.get(1).equals("A") && row.get(6).equals(true))
                .map(row -> row.get(0))
                .toList();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE org_id = :org AND owner_id IS NULL")
                        .param("org", org)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(customers.stream().filter(row -> row.get(1).equals("A")).count())
                .isBetween(30L, 32L);
        assertThat(overdueA).contains(DemoStories.LONG_CYCLE_CUSTOMER, DemoStories.LOOP_CUSTOMER);
        for (String tier : List.of("A", "B")) {
            List<List<Object>> ofTier =
                    customers.stream().filter(row -> row.get(1).equals(tier)).toList();
            long overdue =
                    ofTier.stream().filter(row -> row.get(6).equals(true)).count();
            assertThat((double) overdue / ofTier.size()).as(tier).isBetween(0.2, 0.6);
        }
        assertThat(cadence.sections().get(1).rows())
                .anySatisfy(row -> assertThat(row.get(0)).isEqualTo(DemoStories.QUOTE_HEAVY_SALESPERSON));
    }

    @Test
    void aboutHalfOfTheFunnelVisitsHaveNoNextStep() {
        List<List<Object>> all = report("nextsteps", Optional.empty()).sections().get(0).rows().stream()
                .filter(row -> row.get(0).equals("ALL"))
                .toList();

        assertThat(all)
                .hasSize(3)
                .allSatisfy(row -> assertThat((Double) row.get(4)).isBetween(0.3, 0.7));
    }

    private Map<String, Long> plannedPerSalesperson(String when) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT s.name, COUNT(*) FROM visit v JOIN salesperson s ON s.org_id = v.org_id"
                        + " AND s.id = v.salesperson_id WHERE v.org_id = :org AND v.status = 'PLANNED' AND v.planned"
                        + " AND " + when + " GROUP BY s.name")
                .param("org", org)
                .param("day", asOf)
                .param("ahead", asOf.plusDays(14))
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    private Organisation organisation() {
        return organisations.findByCode(CODE).orElseThrow();
    }

    private Report report(String name, Optional<String> salesperson) {
        Organisation organisation = organisation();
        return reports.run(
                organisation,
                reports.wholeOrganisation(organisation),
                name,
                new ReportRequest(
                        window,
                        salesperson,
                        Optional.empty(),
                        Period.MONTH,
                        AnalyticsSettings.defaults(),
                        Locale.ENGLISH,
                        false,
                        asOf));
    }

    @Test
    void loopCustomerHadTenQuotePresentationsAndNeverAContractOrAnOrder() {
        assertThat(count("""
                SELECT COUNT(*) FROM visit v
                JOIN customer c ON c.org_id = v.org_id AND c.id = v.customer_id
                JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
                WHERE v.org_id = :org AND c.name = :customer AND p.code = 'QUOTE' AND v.status = 'HELD'
                  AND v.visit_date >= :from AND v.visit_date < :to
                """, DemoStories.LOOP_CUSTOMER)).isEqualTo(10);
        assertThat(count("""
                SELECT COUNT(*) FROM visit v
                JOIN customer c ON c.org_id = v.org_id AND c.id = v.customer_id
                JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
                WHERE v.org_id = :org AND c.name = :customer AND p.code = 'NEGOTIATION'
                """, DemoStories.LOOP_CUSTOMER)).isZero();
        assertThat(winEvents(DemoStories.LOOP_CUSTOMER)).isZero();
    }

    @Test
    void timeSinksTakeManyHoursAndYieldNothing() {
        List<Double> hoursPerCustomer = jdbc.sql("""
                        SELECT SUM(v.duration_minutes) / 60.0 FROM visit v
                        WHERE v.org_id = :org AND v.visit_date >= :from AND v.visit_date < :to
                        GROUP BY v.customer_id ORDER BY 1
                        """)
                .param("org", org)
                .param("from", window.from())
                .param("to", window.to())
                .query(Double.class)
                .list();
        double median = hoursPerCustomer.get(hoursPerCustomer.size() / 2);
        for (String customer : DemoStories.TIME_SINK_CUSTOMERS) {
            double hours = jdbc.sql("""
                            SELECT SUM(v.duration_minutes) / 60.0 FROM visit v
                            JOIN customer c ON c.org_id = v.org_id AND c.id = v.customer_id
                            WHERE v.org_id = :org AND c.name = :customer AND v.visit_date >= :from AND v.visit_date < :to
                            """)
                    .param("org", org)
                    .param("customer", customer)
                    .param("from", window.from())
                    .param("to", window.to())
                    .query(Double.class)
                    .single();
            assertThat(hours).as(customer).isGreaterThan(3 * median);
            assertThat(winEvents(customer)).as(customer).isZero();
        }
    }

    @Test
    void strongPerformerWinsFarMoreDealsPerPresentationThanAnyoneElse() {
        Map<String, Double> winsPerPresentation = jdbc
                .sql("""
                        SELECT s.name,
                               (SELECT COUNT(*) FROM deal d
                                WHERE d.org_id = s.org_id AND d.owner_id = s.id AND d.status = 'WON'
                                  AND d.close_date >= :from AND d.close_date < :to) * 1.0
                               / (SELECT COUNT(*) FROM visit v JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
                                  WHERE v.org_id = s.org_id AND v.salesperson_id = s.id AND p.code = 'PRESENTATION'
                                    AND v.visit_date >= :from AND v.visit_date < :to)
                        FROM salesperson s
                        WHERE s.org_id = :org
                        """)
                .param("org", org)
                .param("from", window.from())
                .param("to", window.to())
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getDouble(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        double strongest = winsPerPresentation.remove(DemoStories.STRONG_PERFORMER);
        assertThat(winsPerPresentation.values())
                .allSatisfy(other -> assertThat(strongest).isGreaterThan(1.5 * other));
    }

    @Test
    void quoteHeavySalespersonsQuotesMostlyGoToOneCustomer() {
        List<Long> quotesPerCustomer = jdbc.sql("""
                        SELECT COUNT(*) FROM visit v
                        JOIN salesperson s ON s.org_id = v.org_id AND s.id = v.salesperson_id
                        JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
                        WHERE v.org_id = :org AND s.name = :name AND p.code = 'QUOTE'
                          AND v.visit_date >= :from AND v.visit_date < :to
                        GROUP BY v.customer_id ORDER BY 1 DESC
                        """)
                .param("org", org)
                .param("name", DemoStories.QUOTE_HEAVY_SALESPERSON)
                .param("from", window.from())
                .param("to", window.to())
                .query(Long.class)
                .list();
        long all = quotesPerCustomer.stream().mapToLong(Long::longValue).sum();

        assertThat(quotesPerCustomer.get(0) * 1.0 / all).isGreaterThan(0.5);
    }

    @Test
    void longCycleConstructionCustomerIsWonFourteenMonthsAfterTheFirstVisit() {
        record Cycle(String industry, LocalDate firstVisit, LocalDate won) {}
        Cycle cycle = jdbc.sql("""
                        SELECT c.industry,
                               (SELECT MIN(v.visit_date) FROM visit v WHERE v.org_id = c.org_id AND v.customer_id = c.id),
                               (SELECT MIN(d.close_date) FROM deal d
                                WHERE d.org_id = c.org_id AND d.customer_id = c.id AND d.status = 'WON')
                        FROM customer c WHERE c.org_id = :org AND c.name = :name
                        """)
                .param("org", org)
                .param("name", DemoStories.LONG_CYCLE_CUSTOMER)
                .query((rs, row) ->
                        new Cycle(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .single();

        assertThat(cycle.industry()).isEqualTo("Bygg");
        assertThat(cycle.firstVisit().plusMonths(DemoStories.LONG_CYCLE_MONTHS)).isEqualTo(cycle.won());
        assertThat(window.contains(cycle.won())).isTrue();
    }

    /** Every day's demo after the first replaces the one before it in the same organisation. */
    @Test
    void theStoredDemoHoldsExactlyWhatItMadeNotWhatAnEarlierDemoLeft() {
        long visits = jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org")
                .param("org", org)
                .query(Long.class)
                .single();
        assertThat(visits).isEqualTo(summary.visits());
    }

    private long count(String sql, String customer) {
        return jdbc.sql(sql)
                .param("org", org)
                .param("customer", customer)
                .param("from", window.from())
                .param("to", window.to())
                .query(Long.class)
                .single();
    }

    private long winEvents(String customer) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM orders o WHERE o.org_id = c.org_id AND o.customer_id = c.id AND o.amount > 0)
                             + (SELECT COUNT(*) FROM deal d WHERE d.org_id = c.org_id AND d.customer_id = c.id AND d.status = 'WON')
                        FROM customer c WHERE c.org_id = :org AND c.name = :customer
                        """)
                .param("org", org)
                .param("customer", customer)
                .query(Long.class)
                .single();
    }
}
