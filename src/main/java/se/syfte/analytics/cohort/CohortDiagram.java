package se.syfte.analytics.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.journeys.Journey;

/**
 * The cohort diagram of SPEC §3. A cohort is the journeys (of the window) that start in one
 * calendar month. For each age m = 0, 1, … up to the window's last month, the journeys that had
 * reached each step and WON by the end of month start + m, and the cohort's cumulative order
 * intake: for each customer of the cohort, its orders from the earliest start among its journeys
 * in the cohort to the end of that month — so no order is counted twice in a cohort.
 */
public final class CohortDiagram {

    private CohortDiagram() {}

    /**
     * @param journeys the window's journeys of one salesperson or team
     * @param ordersByCustomer each cohort customer's orders dated before the window's end
     */
    public static List<CohortCell> of(
            FunnelSteps steps, Window window, List<Journey> journeys, Map<Long, List<DatedAmount>> ordersByCustomer) {
        Map<YearMonth, List<Journey>> cohorts = new TreeMap<>();
        for (Journey journey : journeys) {
            cohorts.computeIfAbsent(YearMonth.from(journey.start()), month -> new ArrayList<>())
                    .add(journey);
        }
        List<CohortCell> cells = new ArrayList<>();
        YearMonth lastMonth = window.lastMonth();
        cohorts.forEach((month, members) -> {
            Map<Long, LocalDate> customerSince = new HashMap<>();
            for (Journey journey : members) {
                customerSince.merge(journey.customerId(), journey.start(), (a, b) -> a.isBefore(b) ? a : b);
            }
            for (int age = 0; !month.plusMonths(age).isAfter(lastMonth); age++) {
                LocalDate endOfMonth = month.plusMonths(age).atEndOfMonth();
                LocalDate cut = endOfMonth.isAfter(window.lastDay()) ? window.lastDay() : endOfMonth;
                cells.add(cell(steps, month, age, members, cut, intake(customerSince, ordersByCustomer, cut)));
            }
        });
        return cells;
    }

    private static CohortCell cell(
            FunnelSteps steps, YearMonth month, int age, List<Journey> members, LocalDate cut, BigDecimal intake) {
        List<Long> reached = new ArrayList<>();
        for (int step : steps.steps()) {
            reached.add(members.stream()
                    .filter(j ->
                            j.reachedOn(step).filter(date -> !date.isAfter(cut)).isPresent())
                    .count());
        }
        long won = members.stream()
                .filter(j -> j.wonOn().filter(date -> !date.isAfter(cut)).isPresent())
                .count();
        return new CohortCell(month, age, members.size(), List.copyOf(reached), won, intake);
    }

    private static BigDecimal intake(
            Map<Long, LocalDate> customerSince, Map<Long, List<DatedAmount>> ordersByCustomer, LocalDate cut) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Long, LocalDate> customer : customerSince.entrySet()) {
            for (DatedAmount order : ordersByCustomer.getOrDefault(customer.getKey(), List.of())) {
                if (!order.date().isBefore(customer.getValue()) && !order.date().isAfter(cut)) {
                    sum = sum.add(order.amount());
                }
            }
        }
        return sum;
    }
}
