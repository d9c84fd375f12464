package se.syfte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code syfte [--db URL] [--org CODE] [COMMAND]}: without a command, Syfte serves its web app. */
@Command(
        name = "syfte",
        mixinStandardHelpOptions = true,
        version = "Syfte 0.1",
        description = "Customer visits measured by their purpose, linked to pipeline and order intake.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            OrgCommand.class,
            UserCommand.class,
            ReportCommand.class,
            ImportCommand.class,
            TemplateCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public class SyfteCommand implements Callable<Integer> {

    @Option(
            names = "--db",
            paramLabel = "URL",
            scope = ScopeType.INHERIT,
            description =
                    "JDBC URL of the database (default: $SYFTE_DB_URL, else the embedded file data/syfte.duckdb).")
    String db;

    @Option(
            names = "--org",
            paramLabel = "CODE",
            scope = ScopeType.INHERIT,
            description = "Code of the organisation to work on (default: default).")
    String org;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SyfteCommand());
        // An organisation may well be called "demo", like the command that makes it.
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
            command.getErr().println("syfte: " + CliFailure.describe(failure));
            return 1;
        });
        commandLine.setParameterExceptionHandler((invalid, args) -> {
            CommandLine command = invalid.getCommandLine();
            command.getErr().println("syfte: " + invalid.getMessage());
            command.getErr()
                    .println("See 'syfte "
                            + (command.getCommandName().equals("syfte") ? "" : command.getCommandName() + " ")
                            + "--help'.");
            return 2;
        });
        return commandLine;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ((ServeCommand) spec.subcommands().get("serve").getCommand()).call();
    }

    String organisationOr(String fallback) {
        return org == null || org.isBlank() ? fallback : org;
    }
}
