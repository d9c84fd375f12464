package se.syfte.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.bench.db.BenchmarkDataset;
import se.syfte.organisation.Organisation;
import se.syfte.reports.Report;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.ReportService;
import se.syfte.reports.format.ReportFormat;
import se.syfte.reports.format.ReportWriter;

/**
 * Times every report for the whole organisation and for one salesperson: a warm-up, then the
 * median of {@code runs}, each including writing the CSV (to nowhere); beside them the time of one
 * full scan of the visits. Peak heap is the largest used heap the JVM's pools saw.
 */
@Component
public class AnalyticsBenchmark {

    public record Timing(String what, double medianMillis, long rows) {}

    private final ReportService reports;
    private final BenchmarkDataset dataset;

    AnalyticsBenchmark(ReportService reports, BenchmarkDataset dataset) {
        this.reports = reports;
        this.dataset = dataset;
    }

    public List<Timing> run(Organisation organisation, Window window, String salesperson, int runs) {
        Scope scope = reports.wholeOrganisation(organisation);
        List<Timing> timings = new ArrayList<>();
        timings.add(time("full scan of visits (floor)", runs, () -> {
            dataset.scanVisits(organisation);
            return 1L;
        }));
        for (String name : reports.names()) {
            if (!reports.figure(name).orElseThrow().forOneSalesperson()) {
                timings.add(
                        time(name + " (all)", runs, () -> rows(organisation, scope, window, name, Optional.empty())));
            }
            timings.add(time(
                    name + " (one salesperson)",
                    runs,
                    () -> rows(organisation, scope, window, name, Optional.of(salesperson))));
        }
        return timings;
    }

    private long rows(
            Organisation organisation, Scope scope, Window window, String name, Optional<String> salesperson) {
        Report report = reports.run(
                organisation,
                scope,
                name,
                new ReportRequest(
                        window,
                        salesperson,
                        Optional.empty(),
                        Period.MONTH,
                        AnalyticsSettings.defaults(),
                        Locale.ENGLISH));
        try {
            ReportWriter.of(ReportFormat.CSV).write(report, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return report.sections().stream()
                .mapToLong(section -> section.rows().size())
                .sum();
    }

    private static Timing time(String what, int runs, Supplier<Long> work) {
        long rows = work.get();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(what, millis[runs / 2], rows);
    }

    public static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    public static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
