package se.syfte.analytics.effort;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import se.syfte.analytics.core.Median;
import se.syfte.analytics.core.NameOrder;
import se.syfte.analytics.core.Ratio;

/**
 * Effort and yield of SPEC §3. A customer is a time sink when its hours are at or above the
 * median of the customers visited in the window and its order intake and won deal value are both
 * zero; the time-sink share is hours on time sinks ÷ all hours. The Pareto view sorts customers by
 * order intake and plots the cumulative share of hours against the cumulative share of intake.
 */
public record EffortAndYield(List<CustomerEffort> customers, OptionalDouble medianHours) {

    public record ParetoPoint(CustomerEffort customer, double cumulativeHoursShare, double cumulativeIntakeShare) {}

    public static EffortAndYield of(List<CustomerEffort> customers) {
        return new EffortAndYield(
                List.copyOf(customers),
                Median.of(customers.stream().map(CustomerEffort::hours).toList()));
    }

    public boolean isTimeSink(CustomerEffort customer) {
        return medianHours.isPresent() && customer.hours() >= medianHours.getAsDouble() && customer.yieldsNothing();
    }

    public Ratio timeSinkShare() {
        double sinks = customers.stream()
                .filter(this::isTimeSink)
                .mapToDouble(CustomerEffort::hours)
                .sum();
        double all = customers.stream().mapToDouble(CustomerEffort::hours).sum();
        return Ratio.of(sinks, all);
    }

    /**
     * The time-sink share where it can tell something: while no customer visited in the window has
     * any order intake or won value yet (early in a period), every customer above the median is a
     * time sink and the share near 100 % says only that it is too early — it is then empty.
     */
    public Ratio judgedTimeSinkShare() {
        return customers.stream().allMatch(CustomerEffort::yieldsNothing) ? Ratio.of(0, 0) : timeSinkShare();
    }

    public List<CustomerEffort> timeSinks() {
        return customers.stream().filter(this::isTimeSink).toList();
    }

    /**
     * Customers by order intake, largest first (ties in Swedish name order), with running shares
     * of hours and intake; the shares are 0 when there are no hours or no intake at all.
     */
    public List<ParetoPoint> pareto() {
        // Name order first, then a stable sort by intake: ties keep the Swedish order, and each
        // name's collation key is looked up once (most customers tie, at no intake).
        List<CustomerEffort> sorted = new ArrayList<>(NameOrder.SWEDISH.sorted(customers, CustomerEffort::customer));
        sorted.sort(Comparator.comparing(CustomerEffort::orderIntake).reversed());
        double allHours = sorted.stream().mapToDouble(CustomerEffort::hours).sum();
        BigDecimal allIntake =
                sorted.stream().map(CustomerEffort::orderIntake).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ParetoPoint> points = new ArrayList<>();
        double hours = 0;
        BigDecimal intake = BigDecimal.ZERO;
        for (CustomerEffort customer : sorted) {
            hours += customer.hours();
            intake = intake.add(customer.orderIntake());
            points.add(new ParetoPoint(
                    customer,
                    allHours == 0 ? 0 : hours / allHours,
                    allIntake.signum() == 0 ? 0 : intake.doubleValue() / allIntake.doubleValue()));
        }
        return points;
    }
}
