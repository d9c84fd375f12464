package se.syfte.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.syfte.deals.DealStatus;

/**
 * The stories of {@link DemoStories}, placed relative to the default window (the last 12 full
 * months before the demo's day) so that they show whenever the demo is created.
 */
final class PlantedStories {

    private final DemoGenerator generator;
    private final LocalDate asOf;
    private final LocalDate windowEnd;
    private final List<DemoData.Company> customers;

    PlantedStories(DemoGenerator generator, LocalDate asOf) {
        this.generator = generator;
        this.asOf = asOf;
        this.windowEnd = asOf.withDayOfMonth(1);
        var random = generator.random();
        this.customers = List.of(
                new DemoData.Company(
                        DemoStories.LOOP_CUSTOMER,
                        DemoNames.orgNumber(random),
                        "Storföretag",
                        DemoNames.FACILITY_SERVICES),
                new DemoData.Company(
                        DemoStories.TIME_SINK_CUSTOMERS.get(0),
                        DemoNames.orgNumber(random),
                        "Medelstora företag",
                        "Outsourcing"),
                new DemoData.Company(
                        DemoStories.TIME_SINK_CUSTOMERS.get(1),
                        DemoNames.orgNumber(random),
                        "Medelstora företag",
                        "Logistik"),
                new DemoData.Company(
                        DemoStories.TIME_SINK_CUSTOMERS.get(2),
                        DemoNames.orgNumber(random),
                        "Småföretag",
                        "Tillverkning"),
                new DemoData.Company(
                        DemoStories.LONG_CYCLE_CUSTOMER,
                        DemoNames.orgNumber(random),
                        "Storföretag",
                        DemoNames.CONSTRUCTION));
    }

    List<DemoData.Company> customers() {
        return customers;
    }

    Set<String> customerNames() {
        return customers.stream().map(DemoData.Company::name).collect(Collectors.toSet());
    }

    void plant() {
        loopWithoutContract();
        timeSinks();
        longCycleWin();
    }

    /**
     * A journey begun in the window's first month, then ten quote presentations, one a month from
     * eleven months before the window's end; never a contract.
     */
    private void loopWithoutContract() {
        String who = DemoStories.QUOTE_HEAVY_SALESPERSON;
        String customer = DemoStories.LOOP_CUSTOMER;
        generator.visit(
                generator.weekday(windowEnd.minusMonths(12).plusDays(5)), who, customer, "PRESENTATION", 90, null);
        LocalDate firstQuote = generator.weekday(windowEnd.minusMonths(11).plusDays(3));
        for (int i = 0; i < 10; i++) {
            generator.visit(generator.weekday(firstQuote.plusMonths(i)), who, customer, "QUOTE", 90, "LOOP");
        }
        generator.deal(new DemoData.DealRow(
                "LOOP",
                customer,
                who,
                "Fastighetsdrift – " + customer,
                firstQuote,
                "Offert",
                new BigDecimal("1450000.00"),
                DealStatus.OPEN,
                null));
    }

    /** Long relationship meetings every other week for three years, and not one order. */
    private void timeSinks() {
        String who = DemoStories.QUOTE_HEAVY_SALESPERSON;
        for (String customer : DemoStories.TIME_SINK_CUSTOMERS) {
            for (LocalDate day = asOf.minusYears(3); day.isBefore(asOf); day = day.plusWeeks(2)) {
                generator.visit(generator.weekday(day), who, customer, "RELATION", generator.minutes(120, 180), null);
            }
        }
    }

    /** Presentation 16 months before the window's end, won 14 months later after three quotes and four negotiations. */
    private void longCycleWin() {
        String who = DemoStories.LONG_CYCLE_SALESPERSON;
        String customer = DemoStories.LONG_CYCLE_CUSTOMER;
        LocalDate start = generator.weekday(windowEnd.minusMonths(16).plusDays(6));
        generator.visit(start, who, customer, "PRESENTATION", 90, null);
        int[][] steps = {{2, 0}, {4, 0}, {6, 0}, {8, 1}, {10, 1}, {12, 1}, {13, 1}};
        for (int[] step : steps) {
            String purpose = step[1] == 0 ? "QUOTE" : "NEGOTIATION";
            generator.visit(generator.weekday(start.plusMonths(step[0])), who, customer, purpose, 120, "LONG");
        }
        LocalDate won = start.plusMonths(DemoStories.LONG_CYCLE_MONTHS);
        BigDecimal value = new BigDecimal("4800000.00");
        generator.deal(new DemoData.DealRow(
                "LONG",
                customer,
                who,
                "Stomentreprenad – " + customer,
                start.plusMonths(2),
                "Vunnen",
                value,
                DealStatus.WON,
                won));
        generator.order(new DemoData.OrderRow(customer, who, won, value));
    }
}
