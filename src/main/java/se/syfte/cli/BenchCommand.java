package se.syfte.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.syfte.analytics.core.Window;
import se.syfte.bench.AnalyticsBenchmark;
import se.syfte.bench.ImportBenchmark;
import se.syfte.bench.db.BenchmarkDataset;
import se.syfte.organisation.Organisation;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks.",
        subcommands = {BenchCommand.Analytics.class, BenchCommand.Import.class})
class BenchCommand {

    @ParentCommand
    SyfteCommand global;

    @Command(
            name = "analytics",
            mixinStandardHelpOptions = true,
            description = "Generates a large organisation ('bench', replaced if it exists) into --db and times every"
                    + " report for everyone and for one salesperson: median of --runs after a warm-up.")
    static class Analytics implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(names = "--visits", defaultValue = "2600000", description = "Visits (default: 2,600,000).")
        int visits;

        @Option(names = "--salespeople", defaultValue = "1000", description = "Salespeople (default: 1,000).")
        int salespeople;

        @Option(names = "--deals", defaultValue = "200000", description = "Deals (default: 200,000).")
        int deals;

        @Option(names = "--orders", defaultValue = "300000", description = "Orders (default: 300,000).")
        int orders;

        @Option(names = "--runs", defaultValue = "5", description = "Timed runs per report (default: 5).")
        int runs;

        @Option(names = "--reuse", description = "Time the existing 'bench' organisation instead of generating it.")
        boolean reuse;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate end = LocalDate.of(2026, 11, 1);
            try (ConfigurableApplicationContext context = SyfteContext.startQuiet(bench.global)) {
                BenchmarkDataset dataset = context.getBean(BenchmarkDataset.class);
                Organisation organisation;
                if (reuse) {
                    organisation = context.getBean(se.syfte.organisation.OrganisationService.class)
                            .require("bench");
                } else {
                    long start = System.nanoTime();
                    organisation =
                            dataset.create("bench", new BenchmarkDataset.Size(salespeople, visits, deals, orders, end));
                    out.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
                }
                out.printf(
                        "database: %s%nrows: %d visits, %d deals, %d orders, %d customers, %d salespeople%n",
                        SyfteContext.database(bench.global).display(),
                        dataset.count(organisation, "visit"),
                        dataset.count(organisation, "deal"),
                        dataset.count(organisation, "orders"),
                        dataset.count(organisation, "customer"),
                        dataset.count(organisation, "salesperson"));
                AnalyticsBenchmark.resetPeakHeap();
                List<AnalyticsBenchmark.Timing> timings = context.getBean(AnalyticsBenchmark.class)
                        .run(organisation, Window.lastTwelveFullMonths(end), "Salesperson 1", runs);
                out.printf("%-38s %12s %10s%n", "report", "median ms", "rows");
                timings.forEach(t -> out.printf("%-38s %12.1f %10d%n", t.what(), t.medianMillis(), t.rows()));
                out.printf(
                        "peak heap: %d MiB (max %d MiB)%n",
                        AnalyticsBenchmark.peakHeapBytes() >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
                out.flush();
            }
            return 0;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Writes a visits workbook and the same visits as CSV into --folder, times reading each with"
                    + " its library alone (the floor), then imports each into the organisation 'benchimport'"
                    + " (replaced; 100 salespeople, 10,000 customers): median of --runs. Run it with -Xmx512m.")
    static class Import implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(names = "--rows", defaultValue = "1000000", description = "Visits in each file (default: 1,000,000).")
        int rows;

        @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each (default: 3).")
        int runs;

        @Option(names = "--folder", required = true, description = "Where the files are written.")
        java.nio.file.Path folder;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Path workbook = folder.resolve("visits-" + rows + ".xlsx");
            java.nio.file.Path csv = folder.resolve("visits-" + rows + ".csv");
            if (!java.nio.file.Files.exists(workbook)) {
                ImportBenchmark.writeWorkbook(workbook, rows);
            }
            if (!java.nio.file.Files.exists(csv)) {
                ImportBenchmark.writeCsv(csv, rows);
            }
            out.printf(
                    "files: %s (%d MB), %s (%d MB); max heap %d MiB%n",
                    workbook.getFileName(),
                    java.nio.file.Files.size(workbook) >> 20,
                    csv.getFileName(),
                    java.nio.file.Files.size(csv) >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            out.printf(
                    "floor, median of %d: workbook %.1f s, CSV %.1f s%n",
                    runs,
                    median(runs, () -> ImportBenchmark.readWorkbook(workbook)),
                    median(runs, () -> ImportBenchmark.readCsv(csv)));
            out.flush();
            try (ConfigurableApplicationContext context = SyfteContext.startQuiet(bench.global)) {
                Organisation organisation = context.getBean(BenchmarkDataset.class)
                        .create(
                                "benchimport",
                                new BenchmarkDataset.Size(
                                        ImportBenchmark.SALESPEOPLE, 0, 0, 0, LocalDate.of(2026, 11, 1)));
                ImportBenchmark benchmark = context.getBean(ImportBenchmark.class);
                out.printf("database: %s%n", SyfteContext.database(bench.global).display());
                for (java.nio.file.Path file : List.of(workbook, csv)) {
                    List<ImportBenchmark.Run> timed = new java.util.ArrayList<>();
                    for (int run = 0; run < runs; run++) {
                        timed.add(benchmark.importVisits(organisation, file));
                    }
                    double seconds = timed.stream()
                            .mapToDouble(ImportBenchmark.Run::seconds)
                            .sorted()
                            .toArray()[runs / 2];
                    out.printf(
                            "%s: median %.1f s, %,d rows/s, %,d visits added, peak heap %d MiB%n",
                            file.getFileName(),
                            seconds,
                            Math.round(rows / seconds),
                            timed.get(0).added(),
                            timed.stream()
                                            .mapToLong(ImportBenchmark.Run::peakHeapBytes)
                                            .max()
                                            .orElse(0)
                                    >> 20);
                    out.flush();
                }
            }
            return 0;
        }

        private static double median(int runs, java.util.concurrent.Callable<Long> read) {
            double[] seconds = new double[runs];
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                try {
                    read.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                seconds[run] = (System.nanoTime() - start) / 1e9;
            }
            java.util.Arrays.sort(seconds);
            return seconds[runs / 2];
        }
    }
}
