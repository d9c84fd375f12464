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
import se.syfte.bench.db.BenchmarkDataset;
import se.syfte.organisation.Organisation;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks.",
        subcommands = BenchCommand.Analytics.class)
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
}
