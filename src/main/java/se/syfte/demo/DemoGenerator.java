package se.syfte.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import se.syfte.deals.DealStatus;
import se.syfte.visits.Channel;

/**
 * Generates three years of a Swedish B2B sales team's history up to the day before {@code asOf},
 * deterministic from a seed: journeys from company presentation over quote presentation and
 * contract negotiation to an order, care visits to existing customers, deals and orders, and
 * monthly targets. {@link PlantedStories} adds the stories a sales manager should find.
 */
public final class DemoGenerator {

    static final int CUSTOMERS = 300;
    private static final int YEARS = 3;
    /** A customer is not approached again until this many days after its last journey ended. */
    private static final int COOL_DOWN_DAYS = 90;

    private final Random random;
    private final LocalDate asOf;
    private final List<DemoData.Company> customers = new ArrayList<>();
    private final Map<String, String> ownerOf = new HashMap<>();
    private final Map<String, LocalDate> busyUntil = new HashMap<>();
    /** The day of each customer's last order so far: until then every journey with it would be won at once. */
    private final Map<String, LocalDate> lastOrder = new HashMap<>();

    private final Map<String, JourneyOutcomes> outcomes = new HashMap<>();

    final List<DemoData.VisitRow> visits = new ArrayList<>();
    final List<DemoData.DealRow> deals = new ArrayList<>();
    final List<DemoData.OrderRow> orders = new ArrayList<>();

    private DemoGenerator(long seed, LocalDate asOf) {
        this.random = new Random(seed);
        this.asOf = asOf;
    }

    /**
     * The demo organisation as it looks on {@code asOf}: nothing but planned visits is dated on or
     * after that day.
     */
    public static DemoData generate(long seed, LocalDate asOf) {
        DemoGenerator generator = new DemoGenerator(seed, asOf);
        return FollowThroughStories.apply(seed, asOf, generator.run(), generator.ownerOf);
    }

    /** The history as logged before the team planned its visits: every visit held, no owners or tiers. */
    static DemoData history(long seed, LocalDate asOf) {
        return new DemoGenerator(seed, asOf).run();
    }

    private DemoData run() {
        PlantedStories planted = new PlantedStories(this, asOf);
        customers.addAll(planted.customers());
        customers.addAll(DemoNames.companies(random, CUSTOMERS - customers.size(), planted.customerNames()));
        List<DemoData.Company> generic = customers.subList(planted.customers().size(), customers.size());
        assignOwners(generic);
        SalesProfile.ALL.forEach(profile -> outcomes.put(profile.name(), new JourneyOutcomes(profile, random)));
        LocalDate start = asOf.withDayOfMonth(1).minusYears(YEARS);
        for (DemoData.Company customer : generic) {
            if (random.nextDouble() < 0.15) {
                serveExistingCustomer(customer, start);
            }
        }
        int monthIndex = 0;
        for (LocalDate month = start; month.isBefore(asOf); month = month.plusMonths(1), monthIndex++) {
            for (SalesProfile profile : SalesProfile.ALL) {
                int journeys = profile.steady()
                        ? (int) (Math.floor((monthIndex + 1) * profile.journeysPerMonth())
                                - Math.floor(monthIndex * profile.journeysPerMonth()))
                        : poisson(profile.journeysPerMonth());
                for (int i = 0; i < journeys; i++) {
                    LocalDate day = weekday(month.plusDays(random.nextInt(month.lengthOfMonth())));
                    prospectOf(profile.name(), day).ifPresent(customer -> journey(profile, customer, day));
                }
            }
        }
        planted.plant();
        List<DemoData.Person> people = SalesProfile.ALL.stream()
                .map(p -> new DemoData.Person(p.name(), p.team(), DemoNames.email(p.name())))
                .toList();
        return new DemoData(
                List.of(SalesProfile.STOCKHOLM, SalesProfile.GOTHENBURG),
                people,
                List.copyOf(customers),
                List.copyOf(deals),
                visits.stream().filter(v -> v.date().isBefore(asOf)).toList(),
                orders.stream().filter(o -> o.date().isBefore(asOf)).toList(),
                targets());
    }

    /** Owners are drawn in proportion to how many journeys a salesperson begins. */
    private void assignOwners(List<DemoData.Company> generic) {
        double total = SalesProfile.ALL.stream()
                .mapToDouble(SalesProfile::journeysPerMonth)
                .sum();
        for (DemoData.Company customer : generic) {
            double draw = random.nextDouble() * total;
            for (SalesProfile profile : SalesProfile.ALL) {
                draw -= profile.journeysPerMonth();
                if (draw <= 0) {
                    ownerOf.put(customer.name(), profile.name());
                    break;
                }
            }
            ownerOf.putIfAbsent(customer.name(), SalesProfile.ALL.get(0).name());
        }
    }

    private Optional<DemoData.Company> prospectOf(String salesperson, LocalDate day) {
        List<DemoData.Company> free = customers.stream()
                .filter(c -> salesperson.equals(ownerOf.get(c.name())))
                // Any order is a win event (SPEC §3): journeys begin with customers whose orders have ended.
                .filter(c -> lastOrder.getOrDefault(c.name(), LocalDate.MIN).isBefore(day))
                .filter(c -> busyUntil
                        .getOrDefault(c.name(), LocalDate.MIN)
                        .plusDays(COOL_DOWN_DAYS)
                        .isBefore(day))
                .toList();
        // Fresh prospects first, then the one left alone the longest: a journey only ends by a
        // win or a year's silence, so going back sooner would continue the old one.
        Optional<LocalDate> longestAlone = free.stream()
                .map(c -> busyUntil.getOrDefault(c.name(), LocalDate.MIN))
                .min(LocalDate::compareTo);
        List<DemoData.Company> first = free.stream()
                .filter(c -> longestAlone.get().equals(busyUntil.getOrDefault(c.name(), LocalDate.MIN)))
                .toList();
        return first.isEmpty() ? Optional.empty() : Optional.of(first.get(random.nextInt(first.size())));
    }

    /** One journey: presentation, perhaps quotes, perhaps negotiation, then won, lost or still open. */
    private void journey(SalesProfile profile, DemoData.Company customer, LocalDate start) {
        String who = profile.name();
        JourneyOutcomes next = outcomes.get(who);
        LocalDate day = start;
        visit(day, who, customer.name(), "PRESENTATION", minutes(60, 90), null);
        LocalDate busy = day;
        String dealKey = null;
        String stage = null;
        if (next.reachesQuote()) {
            dealKey = "D" + (deals.size() + 1);
            stage = "Offert";
            int quotes = 1 + (random.nextDouble() < profile.extraQuote() ? 1 : 0);
            LocalDate created = null;
            for (int i = 0; i < quotes; i++) {
                day = weekday(day.plusDays(random.nextInt(10, 40)));
                created = created == null ? day : created;
                visit(day, who, customer.name(), "QUOTE", minutes(60, 120), dealKey);
            }
            if (next.reachesNegotiation()) {
                stage = "Förhandling";
                int rounds = 1 + random.nextInt(2);
                for (int i = 0; i < rounds; i++) {
                    day = weekday(day.plusDays(random.nextInt(10, 40)));
                    visit(day, who, customer.name(), "NEGOTIATION", minutes(90, 150), dealKey);
                }
            }
            boolean won = "Förhandling".equals(stage) && next.isWon();
            LocalDate closed = weekday(day.plusDays(won ? random.nextInt(5, 25) : random.nextInt(20, 60)));
            BigDecimal value = dealValue(customer.segment());
            boolean closedBeforeAsOf = closed.isBefore(asOf);
            deals.add(new DemoData.DealRow(
                    dealKey,
                    customer.name(),
                    who,
                    customer.industry() + " – " + customer.name(),
                    created,
                    closedBeforeAsOf ? (won ? "Vunnen" : "Förlorad") : stage,
                    value,
                    closedBeforeAsOf ? (won ? DealStatus.WON : DealStatus.LOST) : DealStatus.OPEN,
                    closedBeforeAsOf ? closed : null));
            if (won) {
                orderAfterWin(customer, who, closed, value);
            }
            busy = closed;
        }
        busyUntil.put(customer.name(), busy);
    }

    /** Contracts in outsourcing and facility services are invoiced monthly for a year; others at once. */
    private void orderAfterWin(DemoData.Company customer, String who, LocalDate closed, BigDecimal value) {
        boolean monthly =
                customer.industry().equals("Outsourcing") || customer.industry().equals(DemoNames.FACILITY_SERVICES);
        if (monthly) {
            BigDecimal instalment = value.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
            for (int month = 0; month < 12; month++) {
                order(new DemoData.OrderRow(customer.name(), who, closed.plusMonths(month), instalment));
            }
            for (LocalDate day = closed.plusMonths(1);
                    day.isBefore(asOf) && day.isBefore(closed.plusYears(1));
                    day = day.plusMonths(1)) {
                visit(weekday(day), who, customer.name(), "REPORTING", 60, null);
            }
        } else {
            order(new DemoData.OrderRow(customer.name(), who, closed, value));
            if (random.nextBoolean()) {
                BigDecimal repeat = value.multiply(BigDecimal.valueOf(random.nextInt(20, 40)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                order(new DemoData.OrderRow(
                        customer.name(), who, weekday(closed.plusDays(random.nextInt(90, 180))), repeat));
            }
            visit(
                    weekday(closed.plusDays(random.nextInt(60, 120))),
                    who,
                    customer.name(),
                    "RELATION",
                    minutes(45, 90),
                    null);
        }
    }

    /** A customer won before the demo's history begins: monthly orders and regular care visits. */
    private void serveExistingCustomer(DemoData.Company customer, LocalDate start) {
        String owner = ownerOf.get(customer.name());
        BigDecimal monthly = dealValue(customer.segment()).divide(BigDecimal.valueOf(10), 2, RoundingMode.HALF_UP);
        boolean reporting =
                customer.industry().equals("Outsourcing") || customer.industry().equals(DemoNames.FACILITY_SERVICES);
        for (LocalDate month = start; month.isBefore(asOf); month = month.plusMonths(1)) {
            order(new DemoData.OrderRow(
                    customer.name(), owner, weekday(month.plusDays(random.nextInt(5, 20))), monthly));
            if (reporting || random.nextInt(3) == 0) {
                visit(
                        weekday(month.plusDays(random.nextInt(0, 25))),
                        owner,
                        customer.name(),
                        reporting ? "REPORTING" : "RELATION",
                        reporting ? 60 : minutes(45, 90),
                        null);
            }
        }
    }

    void visit(LocalDate date, String salesperson, String customer, String purpose, int minutes, String dealKey) {
        int draw = random.nextInt(20);
        Channel channel = draw < 15 ? Channel.ON_SITE : draw < 19 ? Channel.VIDEO : Channel.PHONE;
        LocalTime time = LocalTime.of(random.nextInt(8, 16), random.nextBoolean() ? 0 : 30);
        visits.add(new DemoData.VisitRow(
                date, time, salesperson, customer, purpose, minutes, channel, DemoNotes.of(purpose, random), dealKey));
    }

    private List<DemoData.TargetRow> targets() {
        List<DemoData.TargetRow> targets = new ArrayList<>();
        LocalDate current = asOf.withDayOfMonth(1);
        for (LocalDate month = current.minusMonths(12); !month.isAfter(current); month = month.plusMonths(1)) {
            for (SalesProfile profile : SalesProfile.ALL) {
                int presentations = (int) Math.round(profile.journeysPerMonth() * 1.5);
                targets.add(new DemoData.TargetRow(profile.name(), "PRESENTATION", month, presentations));
                targets.add(new DemoData.TargetRow(profile.name(), "QUOTE", month, Math.max(1, presentations - 1)));
                targets.add(
                        new DemoData.TargetRow(profile.name(), "NEGOTIATION", month, Math.max(1, presentations / 2)));
                targets.add(new DemoData.TargetRow(profile.name(), "RELATION", month, 3));
                targets.add(new DemoData.TargetRow(profile.name(), "REPORTING", month, 2));
            }
        }
        return targets;
    }

    int minutes(int from, int to) {
        return 15 * Math.round((float) random.nextInt(from, to + 1) / 15);
    }

    static LocalDate weekday(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY
                ? date.plusDays(2)
                : date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }

    BigDecimal dealValue(String segment) {
        int thousands = segment.equals(DemoNames.SEGMENTS.get(0))
                ? random.nextInt(400, 3000)
                : segment.equals(DemoNames.SEGMENTS.get(1)) ? random.nextInt(120, 900) : random.nextInt(30, 250);
        return BigDecimal.valueOf(thousands * 1000L).setScale(2);
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    Random random() {
        return random;
    }

    void deal(DemoData.DealRow deal) {
        deals.add(deal);
    }

    void order(DemoData.OrderRow order) {
        orders.add(order);
        lastOrder.merge(order.customer(), order.date(), (a, b) -> a.isAfter(b) ? a : b);
    }
}
