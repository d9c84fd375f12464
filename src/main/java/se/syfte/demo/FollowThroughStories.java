package se.syfte.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import se.syfte.deals.DealStatus;
import se.syfte.visits.Channel;
import se.syfte.visits.VisitStatus;

/**
 * The follow-through of SPEC §5 laid over the generated history: customers get owners and tiers,
 * the last six months' visits were mostly planned ahead (and some planned ones cancelled or missed,
 * most of all by {@link DemoStories#OFTEN_CANCELS}), each salesperson has visits planned for the
 * coming two weeks and a few past ones still to confirm. It draws from its own random numbers and
 * only adds visits that are not held, so every figure of SPEC §3 is the same as without it.
 */
final class FollowThroughStories {

    static final int PLANNING_MONTHS = 6;
    static final int DAYS_AHEAD = 14;
    static final int UNCONFIRMED_DAYS = 7;
    /** Of the customers ranked by order intake and open pipeline: the first tenth A, then B, then C. */
    private static final double[] TIER_SHARES = {0.10, 0.30, 0.60};

    private final Random random;
    private final LocalDate asOf;
    private final DemoData data;
    private final Map<String, String> ownerOf;

    private FollowThroughStories(long seed, LocalDate asOf, DemoData data, Map<String, String> ownerOf) {
        // Apart from the generator's numbers, so the history stays what it was.
        this.random = new Random(seed ^ 0x5F0110L);
        this.asOf = asOf;
        this.data = data;
        this.ownerOf = ownerOf;
    }

    /** {@code data} with owners, tiers and planned, cancelled, missed and coming visits. */
    static DemoData apply(long seed, LocalDate asOf, DemoData data, Map<String, String> ownerOf) {
        return new FollowThroughStories(seed, asOf, data, ownerOf).run();
    }

    private DemoData run() {
        List<DemoData.Company> customers = tiered(owned());
        Map<String, String> owners =
                customers.stream().collect(Collectors.toMap(DemoData.Company::name, DemoData.Company::owner));
        List<DemoData.VisitRow> visits = new ArrayList<>(plannedAhead(data.visits()));
        for (DemoData.Person person : data.salespeople()) {
            visits.addAll(planned(person.name(), owners, data.visits()));
        }
        visits.sort(Comparator.comparing(DemoData.VisitRow::date));
        return new DemoData(
                data.teams(),
                data.salespeople(),
                customers,
                data.deals(),
                List.copyOf(visits),
                data.orders(),
                data.targets());
    }

    /** The generator's owner, or else the salesperson who visits the customer most. */
    private List<DemoData.Company> owned() {
        Map<String, Map<String, Long>> visitsBy = data.visits().stream()
                .collect(Collectors.groupingBy(
                        DemoData.VisitRow::customer,
                        Collectors.groupingBy(DemoData.VisitRow::salesperson, Collectors.counting())));
        return data.customers().stream()
                .map(company -> {
                    String owner = ownerOf.get(company.name());
                    if (owner == null) {
                        owner = visitsBy.getOrDefault(company.name(), Map.of()).entrySet().stream()
                                .max(Map.Entry.<String, Long>comparingByValue()
                                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                                .map(Map.Entry::getKey)
                                .orElse(data.salespeople().get(0).name());
                    }
                    return company.withTierAndOwner(null, owner);
                })
                .toList();
    }

    /**
     * Tiers by what a customer is worth over the last year: order intake plus open pipeline. The
     * loop customer and the long-cycle customer are A whatever their rank: the stories of an A
     * customer left too long unvisited.
     */
    private List<DemoData.Company> tiered(List<DemoData.Company> customers) {
        LocalDate yearAgo = asOf.minusYears(1);
        Map<String, BigDecimal> worth = new HashMap<>();
        data.orders().stream()
                .filter(order -> !order.date().isBefore(yearAgo))
                .forEach(order -> worth.merge(order.customer(), order.amount(), BigDecimal::add));
        data.deals().stream()
                .filter(deal -> deal.status() == DealStatus.OPEN)
                .forEach(deal -> worth.merge(deal.customer(), deal.value(), BigDecimal::add));
        List<String> ranked = worth.entrySet().stream()
                .filter(entry -> entry.getValue().signum() > 0)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        Map<String, String> tierOf = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            double position = (double) i / customers.size();
            String tier = position < TIER_SHARES[0]
                    ? "A"
                    : position < TIER_SHARES[1] ? "B" : position < TIER_SHARES[2] ? "C" : null;
            if (tier != null) {
                tierOf.put(ranked.get(i), tier);
            }
        }
        tierOf.put(DemoStories.LOOP_CUSTOMER, "A");
        tierOf.put(DemoStories.LONG_CYCLE_CUSTOMER, "A");
        return customers.stream()
                .map(company -> company.withTierAndOwner(tierOf.get(company.name()), company.owner()))
                .toList();
    }

    /**
     * Since the team began planning, four visits in five were planned ahead; of the planned ones
     * some were first booked on an earlier day that was cancelled or the customer did not come.
     */
    private List<DemoData.VisitRow> plannedAhead(List<DemoData.VisitRow> history) {
        LocalDate since = asOf.minusMonths(PLANNING_MONTHS);
        List<DemoData.VisitRow> visits = new ArrayList<>();
        for (DemoData.VisitRow visit : history) {
            if (visit.date().isBefore(since) || random.nextDouble() >= 0.8) {
                visits.add(visit);
                continue;
            }
            visits.add(visit.plannedAhead());
            boolean canceller = visit.salesperson().equals(DemoStories.OFTEN_CANCELS);
            double draw = random.nextDouble();
            VisitStatus earlier = draw < (canceller ? 0.35 : 0.05)
                    ? VisitStatus.CANCELLED
                    : draw < (canceller ? 0.45 : 0.08) ? VisitStatus.NO_SHOW : null;
            if (earlier != null) {
                LocalDate day = weekdayBefore(visit.date().minusDays(random.nextInt(2, 8)));
                visits.add(visit.bookedEarlier(earlier, day));
            }
        }
        return visits;
    }

    /**
     * Visits booked for the coming two weeks and a few whose day has passed unconfirmed, with the
     * customers the salesperson visited last, each for the purpose that would come next.
     */
    private List<DemoData.VisitRow> planned(
            String salesperson, Map<String, String> owners, List<DemoData.VisitRow> history) {
        Map<String, DemoData.VisitRow> latest = new LinkedHashMap<>();
        history.stream()
                .filter(v -> v.salesperson().equals(salesperson) && salesperson.equals(owners.get(v.customer())))
                // The loop customer gets quote presentations only: it never reaches a negotiation.
                .filter(v -> !v.customer().equals(DemoStories.LOOP_CUSTOMER))
                .sorted(Comparator.comparing(DemoData.VisitRow::date).reversed())
                .forEach(v -> latest.putIfAbsent(v.customer(), v));
        List<DemoData.VisitRow> recent = latest.values().stream().limit(10).toList();
        List<DemoData.VisitRow> planned = new ArrayList<>();
        if (recent.isEmpty()) {
            return planned;
        }
        if (salesperson.equals(DemoStories.QUOTE_HEAVY_SALESPERSON)) {
            // The loop goes on: another quote presentation is booked.
            planned.add(plannedVisit(
                    salesperson, DemoStories.LOOP_CUSTOMER, "QUOTE", DemoGenerator.weekday(asOf.plusDays(3))));
        }
        int coming = 2 + random.nextInt(3);
        for (int i = 0; i < coming; i++) {
            DemoData.VisitRow last = recent.get(random.nextInt(recent.size()));
            LocalDate day = DemoGenerator.weekday(asOf.plusDays(random.nextInt(DAYS_AHEAD - 2)));
            planned.add(plannedVisit(salesperson, last.customer(), nextPurpose(last.purpose()), day));
        }
        int unconfirmed = salesperson.equals(DemoStories.QUOTE_HEAVY_SALESPERSON) ? 2 : random.nextInt(3);
        for (int i = 0; i < unconfirmed; i++) {
            DemoData.VisitRow last = recent.get(random.nextInt(recent.size()));
            LocalDate day = weekdayBefore(asOf.minusDays(1 + random.nextInt(UNCONFIRMED_DAYS)));
            planned.add(plannedVisit(salesperson, last.customer(), nextPurpose(last.purpose()), day));
        }
        return planned;
    }

    private DemoData.VisitRow plannedVisit(String salesperson, String customer, String purpose, LocalDate day) {
        return new DemoData.VisitRow(
                day,
                LocalTime.of(random.nextInt(8, 16), random.nextBoolean() ? 0 : 30),
                salesperson,
                customer,
                purpose,
                purpose.equals("NEGOTIATION") ? 120 : 60,
                Channel.ON_SITE,
                null,
                null,
                VisitStatus.PLANNED,
                true);
    }

    private static final Map<String, String> NEXT_PURPOSE =
            Map.of("PRESENTATION", "QUOTE", "QUOTE", "NEGOTIATION", "NEGOTIATION", "NEGOTIATION");

    private static String nextPurpose(String purpose) {
        return NEXT_PURPOSE.getOrDefault(purpose, "RELATION");
    }

    private static LocalDate weekdayBefore(LocalDate day) {
        return day.getDayOfWeek().getValue() > 5
                ? day.minusDays(day.getDayOfWeek().getValue() - 5L)
                : day;
    }
}
