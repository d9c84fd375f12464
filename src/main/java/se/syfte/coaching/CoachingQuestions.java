package se.syfte.coaching;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.syfte.analytics.concentration.Concentration;
import se.syfte.analytics.loops.Loop;

/**
 * Three to five questions for the coaching conversation, derived from the summary's findings —
 * the bottleneck, the longest loop, the strongest concentration, the time sinks and the purpose
 * furthest behind its target — in Swedish or English. Where the findings give fewer than three,
 * general questions about the next steps fill up.
 */
public final class CoachingQuestions {

    private static final int MOST = 5;
    private static final int LEAST = 3;

    private CoachingQuestions() {}

    /**
     * @param stepName the name of a funnel step (its purposes) in the language asked for
     * @param purposeName the name of a purpose by its code in the language asked for
     */
    public static List<String> of(
            CoachingSummary summary,
            Function<Integer, String> stepName,
            Function<String, String> purposeName,
            Locale locale) {
        boolean sv = "sv".equals(locale.getLanguage());
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<String> questions = new ArrayList<>();
        summary.bottleneck().ifPresent(bottleneck -> {
            String from = stepName.apply(bottleneck.fromStep());
            String to = bottleneck.own().toWon()
                    ? (sv ? "order" : "an order")
                    : stepName.apply(bottleneck.own().toStep());
            String own = percent.format(bottleneck.own().rate().value().orElse(0));
            String team = percent.format(bottleneck.team().rate().value().orElse(0));
            questions.add(
                    sv
                            ? "Av dina affärsresor som nått " + from + " går " + own + " vidare till " + to + ", mot "
                                    + team + " i teamet. Vad händer i mötena efter " + from
                                    + ", och vad avgör om kunden går vidare?"
                            : "Of your journeys that reach " + from + ", " + own + " go on to " + to + ", against "
                                    + team
                                    + " in the team. What happens in the meetings after " + from
                                    + ", and what decides whether the customer moves on?");
        });
        summary.loops().stream()
                .max(Comparator.comparingLong(Loop::visits))
                .ifPresent(loop -> questions.add(
                        sv
                                ? loop.visits() + " besök med syftet " + purposeName.apply(loop.purposeCode()) + " hos "
                                        + loop.customer()
                                        + " sedan " + dates.format(loop.firstVisit())
                                        + " utan att komma vidare. Vad skulle krävas för nästa"
                                        + " steg – eller är det dags att släppa kunden?"
                                : loop.visits() + " visits for " + purposeName.apply(loop.purposeCode()) + " at "
                                        + loop.customer()
                                        + " since " + dates.format(loop.firstVisit())
                                        + " without moving on. What would the next step"
                                        + " take — or is it time to let go?"));
        summary.concentrations().stream()
                .max(Comparator.comparingDouble(c -> c.share().value().orElse(0)))
                .ifPresent(
                        concentration -> questions.add(concentrationQuestion(concentration, purposeName, percent, sv)));
        if (!summary.timeSinks().isEmpty()) {
            String share = percent.format(summary.timeSinkShare().value().orElse(0));
            String examples = summary.timeSinks().stream()
                    .sorted(Comparator.comparingDouble(c -> -c.hours()))
                    .limit(2)
                    .map(c -> c.customer())
                    .reduce((a, b) -> a + (sv ? " och " : " and ") + b)
                    .orElse("");
            questions.add(
                    sv
                            ? share + " av dina timmar gick till kunder utan order eller vunnen affär, till exempel "
                                    + examples + ". Vilka av dem ska få mindre tid, och vad gör du med den?"
                            : share + " of your hours went to customers with no order and no deal won, such as "
                                    + examples + ". Which of them should get less time, and what will you do with it?");
        }
        summary.attainment().stream()
                .filter(a -> !a.attainment().isEmpty() && a.attainment().value().getAsDouble() < 1)
                .min(Comparator.comparingDouble(a -> a.attainment().value().getAsDouble()))
                .ifPresent(a -> questions.add(attainmentQuestion(a, purposeName, percent, sv)));
        for (String general : general(sv)) {
            if (questions.size() >= LEAST) {
                break;
            }
            questions.add(general);
        }
        return List.copyOf(questions.subList(0, Math.min(MOST, questions.size())));
    }

    private static String concentrationQuestion(
            Concentration concentration, Function<String, String> purposeName, NumberFormat percent, boolean sv) {
        String share = percent.format(concentration.share().value().orElse(0));
        String purpose = purposeName.apply(concentration.purposeCode());
        return sv
                ? share + " av dina besök med syftet " + purpose + " gick till " + concentration.customer()
                        + ". Är det samma kund hela tiden – och vilka andra kunder kunde få den tiden?"
                : share + " of your visits for " + purpose + " went to " + concentration.customer()
                        + ". Is it the same customer all the time — and which other customers could have that time?";
    }

    private static String attainmentQuestion(
            PurposeAttainment attainment, Function<String, String> purposeName, NumberFormat percent, boolean sv) {
        String reached = percent.format(attainment.attainment().value().orElse(0));
        String purpose = purposeName.apply(attainment.purposeCode());
        return sv
                ? "Du nådde " + reached + " av dina mål för " + purpose + " under perioden. Vad står i vägen, och är"
                        + " målen rätt satta?"
                : "You reached " + reached + " of your targets for " + purpose + " in the period. What stands in the"
                        + " way, and are the targets right?";
    }

    private static List<String> general(boolean sv) {
        return sv
                ? List.of(
                        "Vilken kund är närmast en order, och vad är nästa steg där?",
                        "Vilken av dina pågående affärsresor har stått still längst, och varför?",
                        "Vad lärde du dig av den senaste affären du förlorade?")
                : List.of(
                        "Which customer is closest to an order, and what is the next step there?",
                        "Which of your open journeys has stood still the longest, and why?",
                        "What did you learn from the last deal you lost?");
    }
}
