package se.syfte.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.syfte.demo.DemoService;
import se.syfte.demo.DemoSummary;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Creates the demo organisation (code 'demo' unless --org names another) with three years of"
                + " history and planted stories; see docs/demo-data.md.")
class DemoCommand implements Callable<Integer> {

    static final String DEMO_CODE = "demo";

    @ParentCommand
    SyfteCommand global;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Replace the organisation and all its data if it exists.")
    boolean force;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the generator; the same seed and day give the same data (default: 42).")
    long seed;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "The demo's today: history ends the day before (default: today in Stockholm).")
    LocalDate asOf;

    @Override
    public Integer call() {
        String code = global.organisationOr(DEMO_CODE);
        try (ConfigurableApplicationContext context = SyfteContext.startQuiet(global)) {
            DemoSummary summary = context.getBean(DemoService.class).create(code, seed, asOf, force);
            spec.commandLine()
                    .getOut()
                    .println(String.format(
                            "Created organisation '%s': %d teams, %d salespeople, %d customers, %d visits, %d deals, %d orders,"
                                    + " %d targets.\nStart the web app with: java -jar target/syfte.jar serve",
                            summary.organisation(),
                            summary.teams(),
                            summary.salespeople(),
                            summary.customers(),
                            summary.visits(),
                            summary.deals(),
                            summary.orders(),
                            summary.targets()));
            java.io.PrintWriter out = spec.commandLine().getOut();
            out.println();
            out.println("Sign in at http://localhost:8080/ once it runs, with one of these accounts. Each password is");
            out.println("shown only now and must be changed at the first sign-in:");
            out.println();
            summary.accounts()
                    .forEach(demo -> out.println(String.format(
                            "  %-12s %-34s %-18s %s",
                            demo.created().account().role(),
                            demo.created().account().email(),
                            demo.created().password(),
                            demo.salesperson() != null
                                    ? "is " + demo.salesperson() + ", in the team '" + demo.team() + "'"
                                    : demo.team() != null
                                            ? "manages the team '" + demo.team() + "'"
                                            : "sees the whole organisation")));
            out.println();
        }
        return 0;
    }
}
