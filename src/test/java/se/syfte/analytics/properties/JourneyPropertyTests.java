package se.syfte.analytics.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.syfte.analytics.cohort.CohortCell;
import se.syfte.analytics.cohort.CohortDiagram;
import se.syfte.analytics.cohort.DatedAmount;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.analytics.funnel.StepRate;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.journeys.FunnelVisit;
import se.syfte.analytics.journeys.Journey;
import se.syfte.analytics.journeys.JourneyWalker;
import se.syfte.analytics.journeys.WinEvent;

/** Properties of journeys, progress rates and cohorts that hold for any data. */
class JourneyPropertyTests {

    private static final FunnelSteps STEPS =
            new FunnelSteps(Map.of(1, List.of("PRESENTATION"), 2, List.of("QUOTE", "DEMO"), 3, List.of("NEGOTIATION")));
    private static final Window WINDOW = new Window(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    private static final LocalDate FIRST = LocalDate.of(2024, 6, 1);

    record Data(List<FunnelVisit> visits, List<WinEvent> wins, List<DatedAmount> orders, AnalyticsSettings settings) {}

    @Provide
    Arbitrary<Data> data() {
        Arbitrary<FunnelVisit> visit = Combinators.combine(
                        Arbitraries.longs().between(1, 4),
                        Arbitraries.longs().between(1, 12),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(1, 3))
                .as((salesperson, customer, day, step) ->
                        new FunnelVisit(salesperson, customer, FIRST.plusDays(day), step));
        Arbitrary<DatedAmount> order = Combinators.combine(
                        Arbitraries.longs().between(1, 12),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(1, 500))
                .as((customer, day, amount) ->
                        new DatedAmount(customer, FIRST.plusDays(day), BigDecimal.valueOf(amount)));
        return Combinators.combine(
                        visit.list().ofMaxSize(120),
                        order.list().ofMaxSize(20),
                        Arbitraries.integers().between(20, 400),
                        Arbitraries.integers().between(1, 5))
                .as((visits, orders, gap, threshold) -> new Data(
                        visits,
                        orders.stream()
                                .map(o -> new WinEvent(o.customerId(), o.date()))
                                .toList(),
                        orders,
                        new AnalyticsSettings(gap, threshold)));
    }

    private static List<Journey> windowJourneys(Data data) {
        return JourneyWalker.walk(data.settings(), WINDOW, STEPS.highest(), data.visits(), data.wins()).stream()
                .filter(j -> WINDOW.contains(j.start()))
                .toList();
    }

    @Property
    void ratesLieBetweenZeroAndOne(@ForAll("data") Data data) {
        for (StepRate rate : ProgressRates.of(STEPS, windowJourneys(data))) {
            rate.rate().value().ifPresent(value -> assertThat(value).isBetween(0.0, 1.0));
            assertThat(rate.rate().isEmpty()).isEqualTo(rate.reachedFrom() == 0);
        }
    }

    @Property
    void reachedCountsNeverRiseWithTheStep(@ForAll("data") Data data) {
        List<StepRate> rates = ProgressRates.of(STEPS, windowJourneys(data));
        for (StepRate rate : rates) {
            assertThat(rate.reachedTo()).isLessThanOrEqualTo(rate.reachedFrom());
        }
        for (int i = 1; i < rates.size(); i++) {
            assertThat(rates.get(i).reachedFrom()).isEqualTo(rates.get(i - 1).reachedTo());
        }
    }

    @Property
    void cohortSharesNeverFallWithAge(@ForAll("data") Data data) {
        Map<Long, List<DatedAmount>> orders = new HashMap<>();
        data.orders()
                .forEach(o -> orders.computeIfAbsent(o.customerId(), id -> new ArrayList<>())
                        .add(o));
        Map<YearMonth, CohortCell> previous = new HashMap<>();
        for (CohortCell cell : CohortDiagram.of(STEPS, WINDOW, windowJourneys(data), orders)) {
            CohortCell before = previous.put(cell.cohortMonth(), cell);
            if (before != null) {
                for (int i = 0; i < cell.reached().size(); i++) {
                    assertThat(cell.reached().get(i))
                            .isGreaterThanOrEqualTo(before.reached().get(i));
                }
                assertThat(cell.won()).isGreaterThanOrEqualTo(before.won());
                assertThat(cell.orderIntake()).isGreaterThanOrEqualTo(before.orderIntake());
            }
            for (int i = 1; i < cell.reached().size(); i++) {
                assertThat(cell.reached().get(i))
                        .isLessThanOrEqualTo(cell.reached().get(i - 1));
            }
        }
    }

    /** The team's funnel counts the same journeys as its salespeople's together. */
    @Property
    void teamCountsAreTheSumOverSalespeople(@ForAll("data") Data data) {
        List<Journey> journeys = windowJourneys(data);
        Map<Long, ProgressRates> bySalesperson = new HashMap<>();
        journeys.forEach(j -> bySalesperson
                .computeIfAbsent(j.salespersonId(), id -> new ProgressRates(STEPS))
                .add(j));
        ProgressRates summed = new ProgressRates(STEPS);
        bySalesperson.values().forEach(summed::addAll);

        assertThat(summed.rates()).isEqualTo(ProgressRates.of(STEPS, journeys));
    }

    /** The walk is a function of the data: the order the rows come in, and running it again, change nothing. */
    @Property
    void walkingAgainInAnyOrderGivesTheSameJourneys(@ForAll("data") Data data, @ForAll long seed) {
        List<FunnelVisit> shuffled = new ArrayList<>(data.visits());
        Collections.shuffle(shuffled, new Random(seed));
        List<WinEvent> wins = new ArrayList<>(data.wins());
        Collections.shuffle(wins, new Random(seed + 1));

        assertThat(JourneyWalker.walk(data.settings(), WINDOW, STEPS.highest(), shuffled, wins)
                        .toString())
                .isEqualTo(JourneyWalker.walk(data.settings(), WINDOW, STEPS.highest(), data.visits(), data.wins())
                        .toString());
    }

    /** Every funnel visit before the window's end belongs to exactly one journey of its pair. */
    @Property
    void everyVisitBelongsToOneJourney(@ForAll("data") Data data) {
        List<Journey> journeys =
                JourneyWalker.walk(data.settings(), WINDOW, STEPS.highest(), data.visits(), data.wins());
        for (FunnelVisit visit : data.visits()) {
            if (visit.date().isBefore(WINDOW.to())) {
                assertThat(journeys.stream()
                                .filter(j -> j.salespersonId() == visit.salespersonId()
                                        && j.customerId() == visit.customerId()
                                        && !visit.date().isBefore(j.start())
                                        && !visit.date().isAfter(j.last()))
                                .count())
                        .as(visit.toString())
                        .isEqualTo(1);
            }
        }
    }
}
