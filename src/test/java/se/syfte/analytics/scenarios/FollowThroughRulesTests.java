package se.syfte.analytics.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.syfte.analytics.cadence.Coverage;
import se.syfte.analytics.cadence.TieredCustomer;
import se.syfte.analytics.core.Ratio;
import se.syfte.analytics.held.HeldVisits;
import se.syfte.analytics.nextsteps.NextSteps;
import se.syfte.organisation.FollowThrough;
import se.syfte.visits.VisitStatus;

/**
 * The scenarios of SPEC §5 (held rate, next step, cadence) worked out in memory, straight from
 * the SPEC's words, and held against the same expected rows the real queries must give
 * ({@link ScenarioDatabaseTests}); rows are compared without their order, which the database
 * tests check.
 */
class FollowThroughRulesTests {

    private static final String ALL = "ALL";

    /** A scenario's visit row read: {@code date | salesperson | customer | purpose | minutes [| STATUS [planned]]}. */
    record Visit(
            LocalDate date, String salesperson, String customer, String purpose, VisitStatus status, boolean planned) {

        static Visit of(List<String> row) {
            return new Visit(
                    LocalDate.parse(row.get(0)),
                    row.get(1),
                    row.get(2),
                    row.get(3),
                    Scenario.status(row),
                    Scenario.planned(row));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFollowThroughScenarioFollowsTheSpecInMemory() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario scenario : Scenario.all()) {
            scenario.reports().forEach((invocation, expected) -> {
                String[] words = invocation.split(" ");
                Map<String, String> options = options(words);
                List<List<String>> computed = switch (words[0]) {
                    case "held" -> held(scenario, options);
                    case "nextsteps" -> nextSteps(scenario, options);
                    case "cadence" -> cadence(scenario, options);
                    default -> null;
                };
                if (computed != null) {
                    tests.add(DynamicTest.dynamicTest(
                            scenario.file() + ": " + invocation,
                            () -> assertThat(computed).containsExactlyInAnyOrderElementsOf(rows(expected))));
                }
            });
        }
        return tests.stream();
    }

    /** Held rate: the planned visits of the window whose day has passed by what became of them, and those held unplanned. */
    private static List<List<String>> held(Scenario scenario, Map<String, String> options) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Map<List<String>, HeldVisits> counts = new LinkedHashMap<>();
        for (Visit visit : visits(scenario, options)) {
            if (!scenario.window().contains(visit.date())) {
                continue;
            }
            boolean due = visit.planned() && visit.date().isBefore(today);
            boolean unplannedHeld = !visit.planned() && visit.status() == VisitStatus.HELD;
            if (!due && !unplannedHeld) {
                continue;
            }
            HeldVisits one = new HeldVisits(
                    null,
                    visit.purpose(),
                    due && visit.status() == VisitStatus.HELD ? 1 : 0,
                    due && visit.status() == VisitStatus.CANCELLED ? 1 : 0,
                    due && visit.status() == VisitStatus.NO_SHOW ? 1 : 0,
                    due && visit.status() == VisitStatus.PLANNED ? 1 : 0,
                    unplannedHeld ? 1 : 0);
            counts.merge(List.of(visit.salesperson(), visit.purpose()), one, HeldVisits::plus);
        }
        List<List<String>> rows = new ArrayList<>();
        Map<String, HeldVisits> team = new LinkedHashMap<>();
        counts.forEach((key, h) -> {
            rows.add(heldRow(key.get(0), h));
            team.merge(key.get(1), h, HeldVisits::plus);
        });
        if (!options.containsKey("--salesperson")) {
            team.values().forEach(h -> rows.add(heldRow(ALL, h)));
        }
        return rows;
    }

    private static List<String> heldRow(String who, HeldVisits h) {
        return List.of(
                who,
                h.purposeCode(),
                String.valueOf(h.planned()),
                String.valueOf(h.held()),
                String.valueOf(h.cancelled()),
                String.valueOf(h.noShow()),
                String.valueOf(h.unconfirmed()),
                rate(h.rate()),
                String.valueOf(h.unplannedHeld()));
    }

    /**
     * Next step: a funnel visit held in the window has one when its customer has another visit
     * (by anyone, planned or held) within the days after it, or a win from its day to the last of them.
     */
    private static List<List<String>> nextSteps(Scenario scenario, Map<String, String> options) {
        int days = options.containsKey("--next-step-days")
                ? Integer.parseInt(options.get("--next-step-days"))
                : FollowThrough.DEFAULTS.nextStepDays();
        Map<String, Integer> funnel = ScenarioPurposes.funnelSteps(scenario);
        List<Visit> everyone = scenario.visits().stream().map(Visit::of).toList();
        List<Map.Entry<String, LocalDate>> wins = wins(scenario);
        List<Visit> without = new ArrayList<>();
        Map<List<String>, NextSteps> counts = new LinkedHashMap<>();
        for (Visit visit : visits(scenario, options)) {
            if (visit.status() != VisitStatus.HELD
                    || !funnel.containsKey(visit.purpose())
                    || !scenario.window().contains(visit.date())) {
                continue;
            }
            LocalDate last = visit.date().plusDays(days);
            boolean booked = everyone.stream()
                            .anyMatch(next -> next.customer().equals(visit.customer())
                                    && (next.status() == VisitStatus.PLANNED || next.status() == VisitStatus.HELD)
                                    && next.date().isAfter(visit.date())
                                    && !next.date().isAfter(last))
                    || wins.stream()
                            .anyMatch(win -> win.getKey().equals(visit.customer())
                                    && !win.getValue().isBefore(visit.date())
                                    && !win.getValue().isAfter(last));
            if (!booked) {
                without.add(visit);
            }
            counts.merge(
                    List.of(visit.salesperson(), visit.purpose()),
                    new NextSteps(null, visit.purpose(), 1, booked ? 0 : 1),
                    NextSteps::plus);
        }
        List<List<String>> rows = new ArrayList<>();
        if (options.containsKey("--list")) {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
            without.forEach(v -> rows.add(List.of(
                    v.customer(),
                    v.salesperson(),
                    v.purpose(),
                    v.date().toString(),
                    String.valueOf(ChronoUnit.DAYS.between(v.date(), today)))));
            return rows;
        }
        Map<String, NextSteps> team = new LinkedHashMap<>();
        counts.forEach((key, n) -> {
            rows.add(nextStepRow(key.get(0), n));
            team.merge(key.get(1), n, NextSteps::plus);
        });
        if (!options.containsKey("--salesperson")) {
            team.values().forEach(n -> rows.add(nextStepRow(ALL, n)));
        }
        return rows;
    }

    private static List<String> nextStepRow(String who, NextSteps n) {
        return List.of(
                who,
                n.purposeCode(),
                String.valueOf(n.funnelVisits()),
                String.valueOf(n.withoutNextStep()),
                rate(n.share()));
    }

    /**
     * Cadence as of a day: the tiered customers of the cut (owned by its salespeople, or owned by
     * nobody and visited by them), each with its latest held visit by anyone on or before the day;
     * then the coverage per owner.
     */
    private static List<List<String>> cadence(Scenario scenario, Map<String, String> options) {
        LocalDate day = LocalDate.parse(options.get("--as-of"));
        Optional<String> only = Optional.ofNullable(options.get("--salesperson"));
        List<Visit> held = scenario.visits().stream()
                .map(Visit::of)
                .filter(v -> v.status() == VisitStatus.HELD && !v.date().isAfter(day))
                .toList();
        Map<String, Long> ids = new HashMap<>();
        scenario.salespeople().forEach(person -> ids.put(person.get(0), ids.size() + 1L));
        Map<Long, String> names = new HashMap<>();
        ids.forEach((name, id) -> names.put(id, name));
        List<TieredCustomer> tiered = new ArrayList<>();
        for (List<String> customer : scenario.customers()) {
            String name = customer.get(0);
            String tier = customer.size() > 1 && !customer.get(1).isEmpty() ? customer.get(1) : null;
            String owner = customer.size() > 2 && !customer.get(2).isEmpty() ? customer.get(2) : null;
            boolean inCut = owner != null
                    ? only.map(owner::equals).orElse(true)
                    : held.stream()
                            .anyMatch(v -> v.customer().equals(name)
                                    && only.map(v.salesperson()::equals).orElse(true));
            if (tier == null || !inCut) {
                continue;
            }
            LocalDate last = held.stream()
                    .filter(v -> v.customer().equals(name))
                    .map(Visit::date)
                    .max(LocalDate::compareTo)
                    .orElse(null);
            tiered.add(new TieredCustomer(
                    tiered.size() + 1L, name, tier, owner == null ? null : ids.get(owner), last, cadenceDays(tier)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (TieredCustomer c : tiered) {
            rows.add(List.of(
                    c.name(),
                    c.tier(),
                    c.ownerId() == null ? "" : names.get(c.ownerId()),
                    written(c.lastVisit()),
                    written(c.nextDue()),
                    written(c.daysOverdue(day)),
                    String.valueOf(c.overdue(day))));
        }
        Map<String, List<TieredCustomer>> byOwner = new TreeMap<>();
        tiered.stream()
                .filter(c -> c.ownerId() != null)
                .forEach(c -> byOwner.computeIfAbsent(names.get(c.ownerId()), o -> new ArrayList<>())
                        .add(c));
        byOwner.forEach((owner, owned) -> rows.add(coverageRow(owner, Coverage.of(owned, day))));
        if (only.isEmpty()) {
            rows.add(coverageRow(ALL, Coverage.of(tiered, day)));
        }
        return rows;
    }

    private static int cadenceDays(String tier) {
        return switch (tier) {
            case "A" -> FollowThrough.DEFAULTS.cadenceA();
            case "B" -> FollowThrough.DEFAULTS.cadenceB();
            default -> FollowThrough.DEFAULTS.cadenceC();
        };
    }

    private static List<String> coverageRow(String owner, Coverage coverage) {
        return List.of(
                owner, String.valueOf(coverage.tiered()), String.valueOf(coverage.overdue()), rate(coverage.share()));
    }

    /** The visits of the cut: all, or the one salesperson's. */
    private static List<Visit> visits(Scenario scenario, Map<String, String> options) {
        return scenario.visits().stream()
                .map(Visit::of)
                .filter(v ->
                        !options.containsKey("--salesperson") || v.salesperson().equals(options.get("--salesperson")))
                .toList();
    }

    /** Win events (SPEC §3): orders above zero on their day, deals won on their close date. */
    private static List<Map.Entry<String, LocalDate>> wins(Scenario scenario) {
        List<Map.Entry<String, LocalDate>> wins = new ArrayList<>();
        for (List<String> order : scenario.orders()) {
            if (new BigDecimal(order.get(2)).signum() > 0) {
                wins.add(Map.entry(order.get(1), LocalDate.parse(order.get(0))));
            }
        }
        for (List<String> deal : scenario.deals()) {
            if (deal.get(4).equals("WON")) {
                wins.add(Map.entry(deal.get(1), LocalDate.parse(deal.get(5))));
            }
        }
        return wins;
    }

    private static Map<String, String> options(String[] words) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            boolean flag = i + 1 == words.length || words[i + 1].startsWith("--");
            options.put(words[i], flag ? "" : words[++i].replace('_', ' '));
        }
        return options;
    }

    /** The expected CSV's data rows, every section's, without headings, section titles or blank lines. */
    private static List<List<String>> rows(String expected) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (String line : expected.strip().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                header = true;
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            java.util.regex.Matcher since = java.util.regex.Pattern.compile("days_since\\((\\d{4}-\\d{2}-\\d{2})\\)")
                    .matcher(line);
            String written =
                    since.replaceAll(m -> String.valueOf(ChronoUnit.DAYS.between(LocalDate.parse(m.group(1)), today)));
            rows.add(Arrays.asList(written.split(",", -1)));
        }
        return rows;
    }

    private static String rate(Ratio ratio) {
        return ratio.isEmpty()
                ? ""
                : String.format(java.util.Locale.ROOT, "%.4f", ratio.value().getAsDouble());
    }

    private static String written(Object value) {
        return Objects.toString(value, "");
    }
}
