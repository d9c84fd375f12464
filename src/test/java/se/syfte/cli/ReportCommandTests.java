package se.syfte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.syfte.support.TestDatabase;

/** {@code syfte report} as a person types it, on a demo organisation of its own. */
class ReportCommandTests {

    private static String db;

    @BeforeAll
    static void demo() {
        db = "jdbc:duckdb:" + TestDatabase.freshDuckDbFile();
        assertThat(CliRun.of("--db", db, "demo", "--as-of", "2026-11-30").exitCode())
                .isZero();
    }

    private static CliRun report(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--db";
        all[1] = db;
        all[2] = "--org";
        all[3] = "demo";
        all[4] = "report";
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRun.of(all);
    }

    @Test
    void writesTheFunnelAsCsvWithTheSpecsColumns() {
        CliRun run = report("funnel", "--to", "2026-11-01", "--team", "Team Stockholm", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst())
                .hasValue("salesperson,from_purpose,to_purpose,reached_from,reached_to,rate");
        assertThat(run.out()).contains("\nAnna Bergström,PRESENTATION,QUOTE,", "\nALL,NEGOTIATION,WON,");
        assertThat(run.out()).doesNotContain("Karin Ek");
    }

    @Test
    void writesTheCoachingSummaryAsJsonToAFile(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("coaching.json");

        CliRun run = report(
                "coaching",
                "--salesperson",
                "Johan Lindqvist",
                "--to",
                "2026-11-01",
                "--format",
                "json",
                "--lang",
                "sv",
                "--out",
                out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out))
                .contains(
                        "\"report\" : \"coaching\"",
                        "\"bottleneck\" : {",
                        "\"from_purpose\" : \"QUOTE\"",
                        "Offertpresentation");
    }

    @Test
    void writesAReportAsAWorkbookWithASheetPerSectionHeadedInTheChosenLanguage(@TempDir Path folder)
            throws IOException {
        Path out = folder.resolve("coaching.xlsx");

        CliRun run = report(
                "coaching",
                "--salesperson",
                "Johan Lindqvist",
                "--to",
                "2026-11-01",
                "--format",
                "xlsx",
                "--lang",
                "sv",
                "--out",
                out.toString());

        assertThat(run.exitCode()).isZero();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(out.toFile())) {
            java.util.List<org.dhatim.fastexcel.reader.Sheet> sheets =
                    workbook.getSheets().toList();
            assertThat(sheets)
                    .extracting(org.dhatim.fastexcel.reader.Sheet::getName)
                    .contains("Framstegstal", "Flaskhals")
                    .doesNotHaveDuplicates();
            org.dhatim.fastexcel.reader.Sheet progress = sheets.stream()
                    .filter(sheet -> sheet.getName().equals("Framstegstal"))
                    .findFirst()
                    .orElseThrow();
            java.util.List<org.dhatim.fastexcel.reader.Row> rows = progress.read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Från");
            org.dhatim.fastexcel.reader.Cell rate = rows.get(1).getCell(4);
            assertThat(rate.getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(rate.asNumber()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("PRESENTATION");
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
            String sheet = new String(
                    zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(sheet).contains("state=\"frozen\"", "<autoFilter");
        }
    }

    @Test
    void aWorkbookIsWrittenToAFileNotTheTerminal() {
        CliRun run = report("funnel", "--format", "xlsx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format xlsx is written to a file: give --out");
    }

    @Test
    void unknownSalespersonIsAUsageError() {
        CliRun run = report("funnel", "--salesperson", "Johan Lindkvist");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("syfte: There is no salesperson 'Johan Lindkvist'")
                .contains("Johan Lindqvist");
    }

    @Test
    void unknownTeamIsAUsageError() {
        CliRun run = report("winrate", "--team", "Team Malmö");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("There is no team 'Team Malmö'", "Team Göteborg");
    }

    @Test
    void startAfterEndIsAUsageError() {
        CliRun run = report("activity", "--from", "2026-06-01", "--to", "2026-01-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--from 2026-06-01 must come before --to 2026-01-01");
    }

    @Test
    void malformedDateIsAUsageError() {
        CliRun run = report("activity", "--from", "2026-13-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--from").contains("2026-13-01");
    }

    @Test
    void unknownReportOrFormatIsAUsageError() {
        assertThat(report("pipeline").exitCode()).isEqualTo(2);
        assertThat(report("pipeline").err()).contains("unknown report 'pipeline'");
        assertThat(report("funnel", "--format", "xml").err()).contains("--format 'xml' is not one of table, csv, json");
    }

    @Test
    void theHelpListsEveryFigureOfTheRegistry() {
        assertThat(CliRun.of("report", "--help").out().replaceAll("\\s+", " "))
                .contains("activity, attainment, funnel, cohort, loops, concentration, effort, winrate, traditional,"
                        + " coaching");
    }

    @Test
    void coachingNeedsOneSalesperson() {
        CliRun run = report("coaching");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --salesperson");
    }
}
