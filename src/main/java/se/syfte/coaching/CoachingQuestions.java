package se.syfte.coaching;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.ResourceBundle.Control;
import java.util.function.Function;
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
    private static final int GENERAL = 3;
    private static final String BUNDLE = "messages";

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
        Words words = new Words(locale);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<String> questions = new ArrayList<>();
        summary.bottleneck().ifPresent(bottleneck -> {
            String from = stepName.apply(bottleneck.fromStep());
            String to = bottleneck.own().toWon()
                    ? words.of("bottleneck.order")
                    : stepName.apply(bottleneck.own().toStep());
            questions.add(words.of(
                    "bottleneck",
                    from,
                    percent.format(bottleneck.own().rate().value().orElse(0)),
                    to,
                    percent.format(bottleneck.team().rate().value().orElse(0))));
        });
        summary.loops().stream()
                .max(Comparator.comparingLong(Loop::visits))
                .ifPresent(loop -> questions.add(words.of(
                        "loop",
                        String.valueOf(loop.visits()),
                        purposeName.apply(loop.purposeCode()),
                        loop.customer(),
                        dates.format(loop.firstVisit()))));
        summary.concentrations().stream()
                .max(Comparator.comparingDouble(c -> c.share().value().orElse(0)))
                .ifPresent(concentration -> questions.add(words.of(
                        "concentration",
                        percent.format(concentration.share().value().orElse(0)),
                        purposeName.apply(concentration.purposeCode()),
                        concentration.customer())));
        if (!summary.timeSinks().isEmpty()) {
            String examples = summary.timeSinks().stream()
                    .sorted(Comparator.comparingDouble(c -> -c.hours()))
                    .limit(2)
                    .map(c -> c.customer())
                    .reduce((a, b) -> words.of("timesinks.pair", a, b))
                    .orElse("");
            questions.add(words.of(
                    "timesinks", percent.format(summary.timeSinkShare().value().orElse(0)), examples));
        }
        summary.attainment().stream()
                .filter(a -> !a.attainment().isEmpty() && a.attainment().value().getAsDouble() < 1)
                .min(Comparator.comparingDouble(a -> a.attainment().value().getAsDouble()))
                .ifPresent(a -> questions.add(words.of(
                        "attainment",
                        percent.format(a.attainment().value().orElse(0)),
                        purposeName.apply(a.purposeCode()))));
        for (int general = 1; general <= GENERAL && questions.size() < LEAST; general++) {
            questions.add(words.of("general." + general));
        }
        return List.copyOf(questions.subList(0, Math.min(MOST, questions.size())));
    }

    /** The questions' words from the message bundles every page reads, with no fallback to the machine's language. */
    private static final class Words {
        private final ResourceBundle bundle;
        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
            this.bundle =
                    ResourceBundle.getBundle(BUNDLE, locale, Control.getNoFallbackControl(Control.FORMAT_PROPERTIES));
        }

        String of(String key, String... arguments) {
            return new MessageFormat(bundle.getString("coaching.question." + key), locale).format(arguments);
        }
    }
}
