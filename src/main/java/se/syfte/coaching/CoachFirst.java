package se.syfte.coaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.syfte.analytics.attainment.WindowAttainment;
import se.syfte.analytics.concentration.Concentration;
import se.syfte.analytics.loops.Loop;

/**
 * Whom to coach first (docs/metrics.md): the salespeople with a material finding in the window,
 * ranked by what is at stake, each with the findings behind it, weightiest first. A finding is
 * material when it is one of these, and only then:
 *
 * <ul>
 *   <li>a bottleneck (SPEC §3) at least {@value #MINIMUM_SHORTFALL_POINTS} percentage points below
 *       the rest of the team, over which at least {@value #MINIMUM_MISSED} journeys more would
 *       have gone on at the team's rate — its weight is the wins at stake: of those journeys, the
 *       ones that would have been won going on from there at the team's rates;
 *   <li>a loop (SPEC §3) of at least {@value #MINIMUM_LOOP_VISITS} visits — the least evidence the
 *       other findings ask for too — weight 1 each;
 *   <li>a concentration (SPEC §3) — weight 1 each;
 *   <li>a purpose behind pace: at least {@value #MINIMUM_DUE} of its targeted visits due so far and
 *       fewer than {@value #BEHIND_PACE_PERCENT} % of them held — its weight is the visits short,
 *       divided by the visits due.
 * </ul>
 */
public record CoachFirst(long salespersonId, double weight, List<Finding> findings) {

    public static final int MINIMUM_SHORTFALL_POINTS = 15;
    public static final int MINIMUM_LOOP_VISITS = 5;
    public static final int MINIMUM_MISSED = 2;
    public static final int MINIMUM_DUE = 3;
    public static final int BEHIND_PACE_PERCENT = 70;

    /** What a finding is, with what its sentence names. */
    public sealed interface Finding {
        double weight();
    }

    /** The bottleneck against the rest of the team. */
    public record AtBottleneck(BottleneckAgainstTeam against) implements Finding {
        @Override
        public double weight() {
            return against.winsAtStake();
        }

        public Bottleneck bottleneck() {
            return against.bottleneck();
        }
    }

    public record InLoop(Loop loop) implements Finding {
        @Override
        public double weight() {
            return 1;
        }
    }

    public record Concentrated(Concentration concentration) implements Finding {
        @Override
        public double weight() {
            return 1;
        }
    }

    public record BehindPace(WindowAttainment attainment) implements Finding {
        @Override
        public double weight() {
            return (attainment.due() - attainment.actual()) / attainment.due();
        }
    }

    /**
     * The ranked list, weightiest first (ties by {@code names}); no one without a material finding.
     */
    public static List<CoachFirst> rank(
            Map<Long, BottleneckAgainstTeam> bottlenecks,
            List<Loop> loops,
            List<Concentration> concentrations,
            List<WindowAttainment> attainment,
            Function<Long, String> names) {
        Map<Long, List<Finding>> findings = new HashMap<>();
        bottlenecks.forEach((salesperson, against) -> {
            if (material(against)) {
                add(findings, salesperson, new AtBottleneck(against));
            }
        });
        loops.stream()
                .filter(loop -> loop.salespersonId() != null && loop.visits() >= MINIMUM_LOOP_VISITS)
                .forEach(loop -> add(findings, loop.salespersonId(), new InLoop(loop)));
        concentrations.forEach(found -> add(findings, found.salespersonId(), new Concentrated(found)));
        attainment.stream()
                .filter(row -> row.salespersonId() != null
                        && row.due() >= MINIMUM_DUE
                        && row.actual() * 100 < row.due() * BEHIND_PACE_PERCENT)
                .forEach(row -> add(findings, row.salespersonId(), new BehindPace(row)));
        List<CoachFirst> ranked = new ArrayList<>();
        findings.forEach((salesperson, found) -> {
            found.sort(Comparator.comparingDouble(Finding::weight).reversed());
            ranked.add(new CoachFirst(
                    salesperson, found.stream().mapToDouble(Finding::weight).sum(), List.copyOf(found)));
        });
        ranked.sort(Comparator.comparingDouble(CoachFirst::weight)
                .reversed()
                .thenComparing(coach -> names.apply(coach.salespersonId())));
        return ranked;
    }

    /** Whether a bottleneck is worth a conversation: far enough below the team, over enough journeys. */
    public static boolean material(BottleneckAgainstTeam against) {
        return against.bottleneck().shortfall() * 100 >= MINIMUM_SHORTFALL_POINTS
                && against.missedJourneys() >= MINIMUM_MISSED;
    }

    private static void add(Map<Long, List<Finding>> findings, long salesperson, Finding finding) {
        findings.computeIfAbsent(salesperson, s -> new ArrayList<>()).add(finding);
    }
}
