package se.syfte.analytics.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Window;
import se.syfte.visits.VisitStatus;

/**
 * A hand-written case of SPEC §3: the data, the window, and the expected journeys and report
 * rows, worked out by hand. Rows are written {@code a | b | c} so that they read like a table.
 */
record Scenario(
        String file,
        String description,
        Window window,
        AnalyticsSettings settings,
        List<List<String>> purposes,
        List<List<String>> salespeople,
        List<List<String>> customers,
        List<List<String>> visits,
        List<List<String>> orders,
        List<List<String>> deals,
        List<List<String>> targets,
        List<String> journeys,
        Map<String, String> reports) {

    static final Path FOLDER = Path.of("src", "test", "resources", "scenarios");

    static List<Scenario> all() {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .sorted()
                    .map(Scenario::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Scenario load(Path path) {
        Map<String, Object> yaml;
        try (InputStream in = Files.newInputStream(path)) {
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] window = ((String) yaml.get("window")).split("\\.\\.");
        Map<String, String> reports = new LinkedHashMap<>();
        ((Map<String, Object>) yaml.getOrDefault("reports", Map.of())).forEach((k, v) -> reports.put(k, (String) v));
        return new Scenario(
                FOLDER.relativize(path).toString(),
                (String) yaml.get("description"),
                new Window(LocalDate.parse(window[0].trim()), LocalDate.parse(window[1].trim())),
                new AnalyticsSettings((Integer) yaml.getOrDefault("gap", AnalyticsSettings.DEFAULT_GAP_DAYS), (Integer)
                        yaml.getOrDefault("loopThreshold", AnalyticsSettings.DEFAULT_LOOP_THRESHOLD)),
                rows(yaml, "purposes"),
                rows(yaml, "salespeople"),
                rows(yaml, "customers"),
                rows(yaml, "visits"),
                rows(yaml, "orders"),
                rows(yaml, "deals"),
                rows(yaml, "targets"),
                rows(yaml, "journeys").stream()
                        .map(row -> String.join(" | ", row))
                        .toList(),
                reports);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Map<String, Object> yaml, String key) {
        List<List<String>> rows = new ArrayList<>();
        for (Object row : (List<Object>) yaml.getOrDefault(key, List.of())) {
            rows.add(Arrays.stream(String.valueOf(row).split("\\|"))
                    .map(String::trim)
                    .toList());
        }
        return rows;
    }

    /**
     * A visit row's status, written after its minutes ({@code 2026-01-05 | Anna | Acme AB | QUOTE |
     * | CANCELLED}); HELD when the row gives none.
     */
    static VisitStatus status(List<String> visit) {
        return visit.size() > 5 ? VisitStatus.valueOf(visit.get(5).split(" ")[0]) : VisitStatus.HELD;
    }

    /** Whether the visit was booked before its day: its status followed by the word {@code planned}. */
    static boolean planned(List<String> visit) {
        return visit.size() > 5 && visit.get(5).endsWith(" planned");
    }

    @Override
    public String toString() {
        return file + ": " + description;
    }
}
