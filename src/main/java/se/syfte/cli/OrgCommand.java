package se.syfte.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

@Command(
        name = "org",
        mixinStandardHelpOptions = true,
        description = "Organisations: each has its own salespeople, customers, visits and accounts.",
        subcommands = {OrgCommand.Add.class, OrgCommand.ListAll.class})
class OrgCommand {

    @ParentCommand
    SyfteCommand global;

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Makes an organisation with the default purposes; then make its first admin with"
                    + " 'syfte --org CODE user add --role ADMIN'.")
    static class Add implements Callable<Integer> {

        @ParentCommand
        OrgCommand org;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CODE", description = "Lower-case letters, digits and dashes, as --org names it.")
        String code;

        @Option(names = "--name", required = true, description = "The organisation's name, as pages show it.")
        String name;

        @Option(names = "--currency", defaultValue = "SEK", description = "Its currency (default: ${DEFAULT-VALUE}).")
        String currency;

        @Option(
                names = "--time-zone",
                defaultValue = "Europe/Stockholm",
                description = "Its time zone, which decides its today (default: ${DEFAULT-VALUE}).")
        String timeZone;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SyfteContext.startQuiet(org.global)) {
                Organisation created =
                        context.getBean(OrganisationService.class).create(code, name, currency, timeZone);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "Created organisation '%s' (%s, %s, %s). Make its first admin with: syfte --org %s"
                                        + " user add --email ADDRESS --role ADMIN%n",
                                created.code(), created.name(), created.currency(), created.timeZone(), created.code());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the organisations of the database.")
    static class ListAll implements Callable<Integer> {

        @ParentCommand
        OrgCommand org;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SyfteContext.startQuiet(org.global)) {
                for (Organisation organisation :
                        context.getBean(OrganisationService.class).all()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%-20s %-30s %s %s%n",
                                    organisation.code(),
                                    organisation.name(),
                                    organisation.currency(),
                                    organisation.timeZone());
                }
            }
            return 0;
        }
    }
}
