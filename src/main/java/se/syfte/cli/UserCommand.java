package se.syfte.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Accounts.", subcommands = UserCommand.Add.class)
class UserCommand {

    @ParentCommand
    SyfteCommand global;

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Creates an account in --org and prints its one-time password, which must be changed at the"
                    + " first sign-in.")
    static class Add implements Callable<Integer> {

        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Option(names = "--email", required = true, description = "The address the person signs in with.")
        String email;

        @Option(names = "--role", required = true, description = "ADMIN, MANAGER or SALESPERSON.")
        Role role;

        @Option(names = "--salesperson", paramLabel = "NAME", description = "The salesperson this person is.")
        String salesperson;

        @Option(
                names = "--teams",
                split = ",",
                paramLabel = "TEAM",
                description = "The teams a manager manages, by name, separated by commas.")
        List<String> teams = List.of();

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SyfteContext.startQuiet(user.global)) {
                Organisation organisation = context.getBean(OrganisationService.class)
                        .require(user.global.organisationOr(Organisation.DEFAULT_CODE));
                AccountService.NewAccount created = context.getBean(AccountService.class)
                        .create(organisation, email, role, Optional.ofNullable(salesperson), teams, "command line");
                spec.commandLine()
                        .getOut()
                        .println(String.format(
                                "Created %s %s in '%s'. One-time password (shown only now): %s",
                                role, created.account().email(), organisation.code(), created.password()));
            }
            return 0;
        }
    }
}
