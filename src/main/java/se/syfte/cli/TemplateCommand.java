package se.syfte.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.syfte.imports.ImportService;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description =
                "Writes an empty import workbook: a sheet per kind with headers, an example row and drop-down lists.")
class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    SyfteCommand global;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--lang",
            defaultValue = "sv",
            paramLabel = "sv|en",
            description = "Language of sheets and headers (default: sv).")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the workbook.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!lang.equals("sv") && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang is sv or en, not '" + lang + "'");
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), "--out must name an .xlsx file");
        }
        try (ConfigurableApplicationContext context = SyfteContext.startQuiet(global);
                OutputStream file = Files.newOutputStream(out)) {
            Organisation organisation = context.getBean(OrganisationService.class)
                    .require(global.organisationOr(Organisation.DEFAULT_CODE));
            context.getBean(ImportService.class).template(organisation, Locale.forLanguageTag(lang), file);
        }
        spec.commandLine().getOut().println("wrote " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
