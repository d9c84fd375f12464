package se.syfte.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Accounts.",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.Change.class,
            UserCommand.Disable.class,
            UserCommand.Enable.class
        })
class UserCommand {

    @ParentCommand
    SyfteCommand global;

    /** What an account is and runs: its role, the salesperson it is, a manager's teams. */
    static class Assignment {

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

        @Option(
                names = "--name",
                paramLabel = "NAME",
                description =
                        "The name shown for the account (default: the salesperson's name, else the e-mail address).")
        String name;
    }

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

        @Mixin
        Assignment assignment;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SyfteContext.startQuiet(user.global)) {
                Organisation organisation = user.organisation(context);
                AccountService.NewAccount created = context.getBean(AccountService.class)
                        .create(
                                organisation,
                                email,
                                assignment.role,
                                Optional.ofNullable(assignment.salesperson),
                                assignment.teams,
                                Optional.ofNullable(assignment.name),
                                "command line");
                spec.commandLine()
                        .getOut()
                        .println(String.format(
                                "Created %s %s in '%s'. One-time password (shown only now): %s",
                                assignment.role, created.account().email(), organisation.code(), created.password()));
            }
            return 0;
        }
    }

    @Command(
            name = "change",
            mixinStandardHelpOptions = true,
            description = "Gives an account of --org another role, salesperson or teams; its sessions end and its API"
                    + " tokens are revoked, since what it may see changes.")
    static class Change implements Callable<Integer> {

        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Option(names = "--email", required = true, description = "The account's address.")
        String email;

        @Mixin
        Assignment assignment;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SyfteContext.startQuiet(user.global)) {
                Account changed = context.getBean(AccountService.class)
                        .change(
                                user.organisation(context),
                                email,
                                assignment.role,
                                Optional.ofNullable(assignment.salesperson),
                                assignment.teams,
                                Optional.ofNullable(assignment.name),
                                "command line");
                spec.commandLine()
                        .getOut()
                        .println(String.format(
                                "%s is now %s; its sessions ended and its API tokens were revoked.",
                                changed.email(), changed.role()));
            }
            return 0;
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Stops an account of --org from signing in; its sessions end and its API tokens are revoked.")
    static class Disable implements Callable<Integer> {

        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Option(names = "--email", required = true, description = "The account's address.")
        String email;

        @Override
        public Integer call() {
            user.enable(email, false, spec);
            return 0;
        }
    }

    @Command(
            name = "enable",
            mixinStandardHelpOptions = true,
            description = "Lets a disabled account of --org sign in again (with its password as it was).")
    static class Enable implements Callable<Integer> {

        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Option(names = "--email", required = true, description = "The account's address.")
        String email;

        @Override
        public Integer call() {
            user.enable(email, true, spec);
            return 0;
        }
    }

    private Organisation organisation(ConfigurableApplicationContext context) {
        return context.getBean(OrganisationService.class).require(global.organisationOr(Organisation.DEFAULT_CODE));
    }

    private void enable(String email, boolean enabled, CommandSpec spec) {
        try (ConfigurableApplicationContext context = SyfteContext.startQuiet(global)) {
            context.getBean(AccountService.class).enable(organisation(context), email, enabled, "command line");
            spec.commandLine()
                    .getOut()
                    .println(String.format(
                            enabled
                                    ? "%s may sign in again."
                                    : "%s can no longer sign in; its sessions ended and its API tokens were revoked.",
                            email.strip()));
        }
    }
}
