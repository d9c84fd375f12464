package se.syfte.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.syfte.analytics.concentration.Concentration;
import se.syfte.analytics.core.Ratio;
import se.syfte.analytics.effort.CustomerEffort;
import se.syfte.analytics.funnel.StepRate;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.loops.Loop;

class CoachingQuestionsTests {

    private static final FunnelSteps STEPS =
            new FunnelSteps(Map.of(1, List.of("PRESENTATION"), 2, List.of("QUOTE"), 3, List.of("NEGOTIATION")));
    private static final Map<String, Integer> STEP_OF = Map.of("PRESENTATION", 1, "QUOTE", 2, "NEGOTIATION", 3);

    private static CoachingSummary summaryWithEveryFinding() {
        return CoachingSummary.of(
                "Johan",
                STEPS,
                STEP_OF,
                List.of(new StepRate(1, 2, 10, 9), new StepRate(2, 3, 9, 1), new StepRate(3, 0, 1, 0)),
                List.of(new StepRate(1, 2, 40, 30), new StepRate(2, 3, 30, 20), new StepRate(3, 0, 20, 10)),
                List.of(
                        new Loop(
                                1, "Vasa AB", 7L, "QUOTE", 10, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 10, 5), 15),
                        new Loop(
                                2,
                                "Ek AB",
                                7L,
                                "PRESENTATION",
                                3,
                                LocalDate.of(2026, 2, 5),
                                LocalDate.of(2026, 4, 5),
                                3),
                        new Loop(
                                3,
                                "Al AB",
                                7L,
                                "NEGOTIATION",
                                3,
                                LocalDate.of(2026, 2, 5),
                                LocalDate.of(2026, 4, 5),
                                3)),
                List.of(new Concentration(7, "QUOTE", 18, 1, "Vasa AB", 10)),
                Ratio.of(60, 100),
                List.of(new CustomerEffort(4, "Lunch AB", 20, 50, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)),
                List.of());
    }

    @Test
    void keepsTheLoopsAndConcentrationsAtOrJustBeforeTheBottleneck() {
        CoachingSummary summary = summaryWithEveryFinding();

        assertThat(summary.bottleneck())
                .hasValueSatisfying(b -> assertThat(b.fromStep()).isEqualTo(2));
        assertThat(summary.loops()).extracting(Loop::customer).containsExactly("Vasa AB", "Ek AB");
        assertThat(summary.concentrations()).extracting(Concentration::customer).containsExactly("Vasa AB");
    }

    @Test
    void asksAboutEachFindingInEnglish() {
        List<String> questions = CoachingQuestions.of(
                summaryWithEveryFinding(),
                step -> STEPS.label(step).toLowerCase(Locale.ROOT),
                code -> code,
                Locale.ENGLISH);

        assertThat(questions).hasSize(4);
        assertThat(questions.get(0)).contains("quote", "negotiation", "11%", "67%");
        assertThat(questions.get(1)).contains("10 visits", "Vasa AB", "let go");
        assertThat(questions.get(2)).contains("56%", "Vasa AB");
        assertThat(questions.get(3)).contains("60%", "Lunch AB");
    }

    @Test
    void asksTheSameInSwedish() {
        List<String> questions = CoachingQuestions.of(
                summaryWithEveryFinding(),
                step -> STEPS.label(step).toLowerCase(Locale.ROOT),
                code -> code,
                Locale.forLanguageTag("sv"));

        assertThat(questions.get(0)).startsWith("Av dina affärsresor").contains("11\u00a0%", "67\u00a0%");
        assertThat(questions.get(1)).contains("släppa kunden");
    }

    @Test
    void fillsUpToThreeQuestionsWhenThereAreFewFindings() {
        CoachingSummary quiet = CoachingSummary.of(
                "Anna",
                STEPS,
                STEP_OF,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Ratio.of(0, 0),
                List.of(),
                List.of());

        assertThat(CoachingQuestions.of(quiet, String::valueOf, code -> code, Locale.ENGLISH))
                .hasSize(3);
    }
}
