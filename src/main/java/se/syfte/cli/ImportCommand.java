package se.syfte.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.syfte.imports.ImportChoices;
import se.syfte.imports.ImportOptions;
import se.syfte.imports.ImportRequest;
import se.syfte.imports.ImportResult;
import se.syfte.imports.ImportService;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports salespeople, customers, visits, deals, orders and targets from Syfte's workbook (.xlsx, a sheet"
                    + " per kind) or CSV files.",
            "All or nothing: one rejected row and nothing is stored, unless --on-error skip."
        })
class ImportCommand implements Callable<Integer> {

    @ParentCommand
    SyfteCommand global;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Workbooks and CSV files.")
    List<Path> files;

    @Option(names = "--dry-run", description = "Check and count, store nothing.")
    boolean dryRun;

    @Option(
            names = "--on-error",
            defaultValue = "fail",
            paramLabel = "fail|skip",
            description = "fail (default): store nothing when a row is rejected; skip: store the valid rows and write"
                    + " the rejected ones, with their reasons, to a reject file beside the source.")
    String onError;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "With --on-error skip: write the rejected rows to FILE instead of beside the source.")
    Path rejects;

    @Option(
            names = "--format",
            defaultValue = "auto",
            paramLabel = "FORMAT",
            description = "auto (default), syfte, pipedrive, hubspot, salesforce or ics.")
    String format;

    @Option(
            names = "--unclassified",
            defaultValue = "reject",
            paramLabel = "reject|keep",
            description =
                    "A CRM activity no purpose's keywords match: reject it (default), or keep it without a purpose.")
    String unclassified;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description =
                    "What the files hold when their headers do not tell: visits, deals, orders, customers, salespeople"
                            + " or targets.")
    String kind;

    @Option(
            names = "--map",
            paramLabel = "COLUMNS|VALUES",
            description =
                    "Reads another layout: field=column pairs (owner=sales_agent,customer=account), or a column's values"
                            + " (deal_stage: Won=WON, Lost=LOST), or columns to leave out (ignore: Tid 2, Extra)."
                            + " May be given more than once.")
    List<String> map = List.of();

    @Option(names = "--profile", paramLabel = "NAME", description = "Use the --map and --kind saved under NAME.")
    String profile;

    @Option(names = "--save-profile", paramLabel = "NAME", description = "Save this --map and --kind under NAME.")
    String saveProfile;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "Calendars: expand meetings from DATE (default: a year ago).")
    java.time.LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description =
                    "Calendars: up to, not including, DATE (default: 13 weeks ahead; later meetings are planned visits).")
    java.time.LocalDate to;

    @Override
    public Integer call() {
        ImportChoices choices = new ImportChoices(onError, format, unclassified, kind, map, profile, from, to);
        try {
            choices.options(dryRun);
        } catch (ImportChoices.Wrong wrong) {
            throw new ParameterException(spec.commandLine(), "--" + wrong.getMessage());
        }
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new ParameterException(spec.commandLine(), "cannot read " + file);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = SyfteContext.startQuiet(global)) {
            Organisation organisation = context.getBean(OrganisationService.class)
                    .require(global.organisationOr(Organisation.DEFAULT_CODE));
            ImportService imports = context.getBean(ImportService.class);
            ImportOptions options;
            try {
                options = imports.options(organisation, choices, dryRun);
            } catch (ImportChoices.Wrong wrong) {
                throw new ParameterException(spec.commandLine(), "--" + wrong.getMessage());
            }
            if (saveProfile != null) {
                imports.saveProfile(organisation, saveProfile, options);
                out.println("saved the mapping as profile '" + saveProfile + "'");
            }
            ImportResult result;
            try (ImportProgressReporter progress =
                    new ImportProgressReporter(spec.commandLine().getErr(), System.console() != null)) {
                result = imports.run(ImportRequest.of(organisation, files, options)
                        .rejectingTo(rejects)
                        .reporting(progress));
            }
            result.notes().forEach(note -> out.println("note: " + note));
            result.rejections().forEach(rejection -> out.println("rejected: " + rejection));
            if (!result.rejections().isEmpty() && result.counts().isEmpty()) {
                out.println(result.rejections().size() + " row problem(s); nothing was stored. Correct them, or import"
                        + " the valid rows with --on-error skip.");
                out.flush();
                return 1;
            }
            result.counts()
                    .forEach((kind, counts) -> out.printf(
                            "%s: %d new, %d updated, %d unchanged%n",
                            kind.name().toLowerCase(), counts.added(), counts.updated(), counts.unchanged()));
            if (!result.newCustomers().isEmpty()) {
                out.println("new customers: " + String.join(", ", result.newCustomers()));
            }
            result.rejectFiles().forEach(file -> out.println("rejected rows written to " + file));
            out.println(result.stored() ? "stored." : "dry run: nothing was stored.");
            out.flush();
        }
        return 0;
    }
}
