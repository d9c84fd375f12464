package se.syfte.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Window;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.reports.Figure;
import se.syfte.reports.FigureNames;
import se.syfte.reports.Report;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.ReportService;
import se.syfte.reports.UnknownNameException;
import se.syfte.reports.format.ReportFormat;
import se.syfte.reports.format.ReportWriter;
import se.syfte.reports.format.TextReportWriter;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {"Writes one of the figures of SPEC §3 for the window [--from, --to)."})
class ReportCommand implements Callable<Integer> {

    @ParentCommand
    SyfteCommand global;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "NAME",
            completionCandidates = FigureNames.class,
            description = "The report: ${COMPLETION-CANDIDATES}.")
    String name;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "First day of the window (default: 12 full months before --to).")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Day after the window (default: the first of this month).")
    LocalDate to;

    @Option(names = "--salesperson", paramLabel = "NAME", description = "One salesperson's figures.")
    String salesperson;

    @Option(names = "--team", paramLabel = "NAME", description = "One team's figures, its salespeople and ALL.")
    String team;

    @Option(
            names = "--period",
            defaultValue = "month",
            paramLabel = "PERIOD",
            description = "week, month (default), quarter or year.")
    String period;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            description = "table (default), csv, json, or xlsx (a workbook, headed in --lang; needs --out).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
    Path out;

    @Option(
            names = "--gap",
            defaultValue = "365",
            paramLabel = "DAYS",
            description = "Days without a visit after which a journey has stalled (default: 365).")
    int gap;

    @Option(
            names = "--loop-threshold",
            defaultValue = "3",
            paramLabel = "VISITS",
            description = "Visits with one purpose that make a loop (default: 3).")
    int loopThreshold;

    @Option(
            names = "--next-step-days",
            paramLabel = "DAYS",
            description = "Next steps: days within which a funnel visit's next step must lie"
                    + " (default: the organisation's setting, 30 unless changed).")
    Integer nextStepDays;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Cadence: the day to judge on (default: the day before --to, else today).")
    LocalDate asOf;

    @Option(names = "--list", description = "Next steps: the visits without a next step instead of the counts.")
    boolean list;

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "LANG",
            description = "Language of the coaching questions: sv or en (default).")
    String lang;

    @Override
    public Integer call() throws IOException {
        List<String> figures = FigureNames.all();
        if (!figures.contains(name.toLowerCase(Locale.ROOT))) {
            throw invalid("unknown report '" + name + "'; the reports are " + String.join(", ", figures));
        }
        Period chosenPeriod = choice(Period.class, period, "--period");
        ReportFormat chosenFormat = choice(ReportFormat.class, format, "--format");
        if (salesperson != null && team != null) {
            throw invalid("give --salesperson or --team, not both");
        }
        if (!lang.equals("sv") && !lang.equals("en")) {
            throw invalid("--lang is sv or en, not '" + lang + "'");
        }
        AnalyticsSettings settings = settings();
        try (ConfigurableApplicationContext context = SyfteContext.startQuiet(global)) {
            Organisation organisation = context.getBean(OrganisationService.class)
                    .require(global.organisationOr(Organisation.DEFAULT_CODE));
            ReportService reports = context.getBean(ReportService.class);
            Figure figure = reports.figure(name).orElseThrow();
            if (figure.forOneSalesperson() && salesperson == null) {
                throw invalid("the " + figure.name() + " report is for one salesperson: give --salesperson NAME");
            }
            ReportRequest request = new ReportRequest(
                    window(context.getBean(OrganisationService.class).today(organisation)),
                    Optional.ofNullable(salesperson),
                    Optional.ofNullable(team),
                    chosenPeriod,
                    settings,
                    Locale.forLanguageTag(lang),
                    list,
                    asOf != null ? asOf : to != null ? to.minusDays(1) : null);
            Report result;
            try {
                result = reports.run(organisation, reports.wholeOrganisation(organisation), figure.name(), request);
            } catch (UnknownNameException unknown) {
                throw invalid(unknown.getMessage());
            }
            MessageSource messages = context.getBean(MessageSource.class);
            Locale language = Locale.forLanguageTag(lang);
            write(result, chosenFormat, key -> messages.getMessage(key, null, null, language));
        }
        return 0;
    }

    private AnalyticsSettings settings() {
        try {
            return new AnalyticsSettings(gap, loopThreshold, nextStepDays);
        } catch (IllegalArgumentException wrong) {
            throw invalid(wrong.getMessage());
        }
    }

    private Window window(LocalDate today) {
        try {
            return Window.report(from, to, today);
        } catch (Window.Reversed reversed) {
            throw invalid("--from " + reversed.from() + " must come before --to " + reversed.to());
        }
    }

    private void write(Report report, ReportFormat chosenFormat, java.util.function.UnaryOperator<String> words)
            throws IOException {
        ReportWriter writer = ReportWriter.of(chosenFormat, words);
        if (out == null) {
            if (writer instanceof TextReportWriter text) {
                text.write(report, spec.commandLine().getOut());
                return;
            }
            throw invalid(
                    "--format " + chosenFormat.name().toLowerCase(Locale.ROOT) + " is written to a file: give --out");
        }
        try (OutputStream file = Files.newOutputStream(out)) {
            writer.write(report, file);
        }
    }

    private <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException wrong) {
            throw invalid(option + " '" + value + "' is not one of "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(e -> e.name().toLowerCase(Locale.ROOT))
                                    .toList()));
        }
    }

    private ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
