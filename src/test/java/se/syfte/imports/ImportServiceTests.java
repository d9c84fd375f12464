package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.audit.Actor;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditEvent;
import se.syfte.audit.AuditLog;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.support.DatabaseTest;

class ImportServiceTests extends DatabaseTest {

    private static final ImportOptions ALL_OR_NOTHING = new ImportOptions(false, false);
    private static final ImportOptions SKIP = new ImportOptions(false, true);

    @Autowired
    ImportService imports;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TeamRepository teams;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @TempDir
    Path folder;

    Organisation organisation;

    @BeforeEach
    void organisationWithAnna() {
        organisation = organisations.create("import-" + System.nanoTime(), "Import AB");
        salespeople.insert(organisation.id(), teams.insert(organisation.id(), "Team Syd"), "Anna Åberg", null);
    }

    private Path csv(String name, String text, Charset charset) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private long visits() {
        return jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theTemplateImportsItsOwnExamples(String language) throws IOException {
        Path template = folder.resolve("template-" + language + ".xlsx");
        try (var out = Files.newOutputStream(template)) {
            imports.template(organisation, Locale.forLanguageTag(language), out);
        }

        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(template), ALL_OR_NOTHING));

        assertThat(result.rejections()).isEmpty();
        assertThat(result.stored()).isTrue();
        assertThat(result.counts().keySet()).containsExactlyInAnyOrder(ImportKind.values());
        assertThat(result.counts().values())
                .allSatisfy(counts -> assertThat(counts.added()).isEqualTo(1));
        assertThat(visits()).isEqualTo(1);
    }

    @Test
    void aTargetsPeriodMayStandInOneColumnAndAStartThatDisagreesIsNamed() throws IOException {
        Path targets = csv("mal.csv", """
                Säljare;Syfte;Period;Antal
                Anna Åberg;QUOTE;2026-11;4
                Anna Åberg;QUOTE;Q1 2027;12
                Anna Åberg;RELATION;vecka 48 2026;2
                Anna Åberg;PRESENTATION;december 2026;3
                """, StandardCharsets.UTF_8);
        Path wrong = csv("fel.csv", """
                Säljare;Syfte;Period;Periodstart;Antal
                Anna Åberg;QUOTE;2026-11;2026-12-01;4
                Anna Åberg;QUOTE;månad;;4
                Anna Åberg;QUOTE;nästa år;;4
                """, StandardCharsets.UTF_8);

        ImportResult stored = imports.run(ImportRequest.of(organisation, List.of(targets), ALL_OR_NOTHING));
        ImportResult refused = imports.run(ImportRequest.of(organisation, List.of(wrong), ALL_OR_NOTHING));

        assertThat(stored.rejections()).isEmpty();
        assertThat(jdbc.sql("SELECT period || ' ' || CAST(period_start AS VARCHAR) FROM target WHERE org_id = :org"
                                + " ORDER BY period_start")
                        .param("org", organisation.id())
                        .query(String.class)
                        .list())
                .containsExactly("MONTH 2026-11-01", "WEEK 2026-11-23", "MONTH 2026-12-01", "QUARTER 2027-01-01");
        assertThat(refused.stored()).isFalse();
        assertThat(refused.rejections())
                .extracting(RowRejection::row, RowRejection::column, RowRejection::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Periodstart", "2026-12-01"),
                        org.assertj.core.groups.Tuple.tuple(3, "Periodstart", ""),
                        org.assertj.core.groups.Tuple.tuple(4, "Period", "nästa år"));
        assertThat(refused.rejections().get(1).reason().english()).contains("write the period itself");
    }

    /** Issue: a workbook as a Swedish sales manager lays it out, with units in the headers. */
    @Test
    void readsAManagersWorkbookWithUnitsInItsHeadersAndHoursAsMinutes() throws IOException {
        Path file = folder.resolve("besok-2026.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Excel", "1.0");
            Worksheet visits = workbook.newWorksheet("Besök");
            row(visits, 0, "Datum:", "Ansvarig säljare", "Kundnamn", "Typ av besök", "Tid (h)", "Anteckning");
            row(visits, 1, "2026-11-02", "Anna Åberg", "Kund AB", "Offertpresentation", "1,5", "Offert lämnad");
            row(visits, 2, "2026-11-03", "Anna Åberg", "Kund AB", "Relationsbesök", "0.75", "");
            Worksheet targets = workbook.newWorksheet("Mål");
            row(targets, 0, "Säljare", "Syfte", "Period", "Antal");
            row(targets, 1, "Anna Åberg", "Offertpresentation", "nov 2026", "4");
            workbook.finish();
        }

        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));

        assertThat(result.rejections()).isEmpty();
        assertThat(jdbc.sql("SELECT duration_minutes FROM visit WHERE org_id = :org ORDER BY visit_date")
                        .param("org", organisation.id())
                        .query(Integer.class)
                        .list())
                .containsExactly(90, 45);
        assertThat(result.counts().get(ImportKind.TARGETS)).isEqualTo(new ImportCounts(1, 0, 0));
    }

    @Test
    void aDurationOutsideADayOrInFractionsOfAMinuteIsARejectedRowNeverACrash() throws IOException {
        Path file = csv("langd.csv", """
                Datum;Säljare;Kund;Syfte;Längd (minuter)
                2026-11-02;Anna Åberg;Kund AB;QUOTE;99999999999
                2026-11-03;Anna Åberg;Kund AB;QUOTE;4294967266
                2026-11-04;Anna Åberg;Kund AB;QUOTE;1.5
                2026-11-05;Anna Åberg;Kund AB;QUOTE;1441
                2026-11-06;Anna Åberg;Kund AB;QUOTE;1440
                """, StandardCharsets.UTF_8);

        ImportResult refused = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));
        ImportResult skipped = imports.run(ImportRequest.of(organisation, List.of(file), SKIP));

        assertThat(refused.rejections())
                .extracting(
                        RowRejection::row,
                        RowRejection::column,
                        rejection -> rejection.reason().english())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                2, "Längd (minuter)", "a duration is at most 1440 minutes, a day"),
                        org.assertj.core.groups.Tuple.tuple(
                                3, "Längd (minuter)", "a duration is at most 1440 minutes, a day"),
                        org.assertj.core.groups.Tuple.tuple(4, "Längd (minuter)", "a duration is whole minutes"),
                        org.assertj.core.groups.Tuple.tuple(
                                5, "Längd (minuter)", "a duration is at most 1440 minutes, a day"));
        assertThat(skipped.stored()).isTrue();
        assertThat(skipped.rejectFiles()).hasSize(1);
        assertThat(jdbc.sql("SELECT duration_minutes FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Integer.class)
                        .list())
                .containsExactly(1440);
    }

    /** Issue: two imports of one file at the same time stored every row twice. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void twoImportsOfOneFileAtTheSameTimeStoreItOnce(boolean withIds) throws Exception {
        StringBuilder text =
                new StringBuilder(withIds ? "Besöks-id;" : "").append("Datum;Säljare;Kund;Syfte;Minuter\n");
        int rows = 3000;
        for (int i = 0; i < rows; i++) {
            text.append(withIds ? "B-" + i + ";" : "")
                    .append(java.time.LocalDate.of(2026, 1, 1).plusDays(i % 300))
                    .append(";Anna Åberg;Kund ")
                    .append(i / 300)
                    .append(" AB;QUOTE;")
                    .append(30 + i % 7)
                    .append('\n');
        }
        Path file = csv("samtidigt.csv", text.toString(), StandardCharsets.UTF_8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<ImportResult>> both = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));
                }));
            }
            start.countDown();
            List<ImportCounts> counts = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<ImportResult> result : both) {
                counts.add(result.get(2, java.util.concurrent.TimeUnit.MINUTES)
                        .counts()
                        .get(ImportKind.VISITS));
            }

            assertThat(counts).containsExactlyInAnyOrder(new ImportCounts(rows, 0, 0), new ImportCounts(0, 0, rows));
            assertThat(visits()).isEqualTo(rows);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Issue: a duration column the import did not read left every visit at the default, with only a note. */
    @Test
    void aColumnThatLooksLikeAFieldButIsNotReadStopsTheImportUntilMappedOrLeftOut() throws IOException {
        Path file = csv("besok.csv", """
                Datum;Säljare;Kund;Syfte;Längd i minuter;Extra
                2026-11-02;Anna Åberg;Kund AB;QUOTE;90;x
                """, StandardCharsets.UTF_8);

        ImportResult refused = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));
        ImportResult mapped = imports.run(ImportRequest.of(
                organisation,
                List.of(file),
                new ImportOptions(
                        false,
                        false,
                        ImportFormat.AUTO,
                        false,
                        java.util.Optional.empty(),
                        ColumnMapping.parse(List.of("duration=Längd i minuter")))));

        assertThat(refused.stored()).isFalse();
        assertThat(refused.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.column()).isEqualTo("Längd i minuter");
            assertThat(rejection.reason().english())
                    .contains("looks like 'Varaktighet' / 'Duration'")
                    .contains("--map duration=\"Längd i minuter\"")
                    .contains("--map \"ignore: Längd i minuter\"");
        });
        assertThat(refused.notes())
                .anyMatch(note -> note.english()
                        .endsWith("read 'Datum' as date, 'Säljare' as salesperson, 'Kund' as customer,"
                                + " 'Syfte' as purpose; not read: 'Längd i minuter', 'Extra'"));
        assertThat(mapped.rejections()).isEmpty();
        assertThat(jdbc.sql("SELECT duration_minutes FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(90);
    }

    @Test
    void aColumnLeftOutWithIgnoreIsNotedAndTheRestIsStored() throws IOException {
        Path file = csv("besok.csv", """
                Datum;Säljare;Kund;Syfte;Längd i minuter
                2026-11-02;Anna Åberg;Kund AB;QUOTE;90
                """, StandardCharsets.UTF_8);
        ColumnMapping ignore = ColumnMapping.parse(List.of("ignore: Längd i minuter"));

        ImportResult result = imports.run(ImportRequest.of(
                organisation,
                List.of(file),
                new ImportOptions(false, false, ImportFormat.AUTO, false, java.util.Optional.empty(), ignore)));

        assertThat(result.rejections()).isEmpty();
        assertThat(result.stored()).isTrue();
        assertThat(result.notes()).anyMatch(note -> note.english().contains("not read: 'Längd i minuter'"));
        assertThat(ignore.written()).containsExactly("ignore: Längd i minuter");
        assertThat(jdbc.sql("SELECT duration_minutes FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Integer.class)
                        .list())
                .containsExactly((Integer) null);
    }

    /** The mapping step's "not read" for a column whose header Syfte reads: ignore: leaves it unread. */
    @Test
    void aColumnItsHeaderWouldHaveReadIsLeftUnreadWithIgnoreAndTheTableTellsSo() throws IOException {
        Path file = csv("besok.csv", """
                Datum;Säljare;Kund;Syfte;Minuter
                2026-11-02;Anna Åberg;Kund AB;QUOTE;90
                """, StandardCharsets.UTF_8);

        ImportResult result = imports.run(ImportRequest.of(
                organisation,
                List.of(file),
                new ImportOptions(
                        false,
                        false,
                        ImportFormat.AUTO,
                        false,
                        java.util.Optional.empty(),
                        ColumnMapping.parse(List.of("ignore: Minuter")))));

        assertThat(result.tables()).singleElement().satisfies(table -> {
            assertThat(table.kind()).isEqualTo(ImportKind.VISITS);
            assertThat(table.columns())
                    .extracting(TableReading.Column::header, TableReading.Column::field)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Datum", "date"),
                            org.assertj.core.groups.Tuple.tuple("Säljare", "salesperson"),
                            org.assertj.core.groups.Tuple.tuple("Kund", "customer"),
                            org.assertj.core.groups.Tuple.tuple("Syfte", "purpose"),
                            org.assertj.core.groups.Tuple.tuple("Minuter", null));
            assertThat(table.columns().get(4).samples()).containsExactly("90");
        });
        assertThat(jdbc.sql("SELECT duration_minutes FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Integer.class)
                        .list())
                .containsExactly((Integer) null);
    }

    @Test
    void controlCharactersOverlongTextsAndAmountsBeyondTheirColumnAreRejectedRows() throws IOException {
        String longName = "K".repeat(301);
        Path visits = csv(
                "besok.csv",
                "Datum;Säljare;Kund;Syfte;Anteckning\n"
                        + "2026-11-02;Anna Åberg;Kund\u0000 AB;QUOTE;\n"
                        + "2026-11-03;Anna Åberg;" + longName + ";QUOTE;\n"
                        + "2026-11-04;Anna Åberg;Kund AB;QUOTE;" + "n".repeat(4001) + "\n"
                        + "2026-11-05;Anna Åberg;Kund AB;QUOTE;" + "n".repeat(4000) + "\n",
                StandardCharsets.UTF_8);
        Path orders = csv("order.csv", """
                Kund;Datum;Belopp
                Kund AB;2026-11-02;99999999999999999999
                Kund AB;2026-11-03;1,234
                Kund AB;2026-11-04;12,345
                Kund AB;2026-11-05;9999999999999999.99
                """, StandardCharsets.UTF_8);
        Path targets = csv("mal.csv", """
                Säljare;Syfte;Period;Antal
                Anna Åberg;QUOTE;2026-11;1000000000000
                """, StandardCharsets.UTF_8);

        ImportResult refused =
                imports.run(ImportRequest.of(organisation, List.of(visits, orders, targets), ALL_OR_NOTHING));
        ImportResult skipped = imports.run(ImportRequest.of(organisation, List.of(visits, orders, targets), SKIP));

        assertThat(refused.rejections())
                .extracting(RowRejection::file, RowRejection::row, RowRejection::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("besok.csv", 2, "Kund"),
                        org.assertj.core.groups.Tuple.tuple("besok.csv", 3, "Kund"),
                        org.assertj.core.groups.Tuple.tuple("besok.csv", 4, "Anteckning"),
                        org.assertj.core.groups.Tuple.tuple("order.csv", 2, "Belopp"),
                        org.assertj.core.groups.Tuple.tuple("order.csv", 3, "Belopp"),
                        org.assertj.core.groups.Tuple.tuple("order.csv", 4, "Belopp"),
                        org.assertj.core.groups.Tuple.tuple("mal.csv", 2, "Antal"));
        assertThat(refused.rejections().get(0).value()).isEqualTo("KundU+0000 AB");
        assertThat(refused.rejections().get(1).reason().english()).isEqualTo("is longer than 300 characters");
        assertThat(refused.rejections().get(4).reason().english()).contains("at most two decimals");
        assertThat(skipped.stored()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT CAST(amount AS VARCHAR) FROM orders WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(String.class)
                        .single())
                .isEqualTo("9999999999999999.99");
    }

    @Test
    void aRejectFileNeutralisesFormulasAndGoesWhereRejectsSays() throws IOException {
        Path file = csv("besok.csv", """
                Datum;Säljare;Kund;Syfte;Minuter
                inte ett datum;Anna Åberg;=HYPERLINK("http://example.com");QUOTE;-5
                2026-11-02;Anna Åberg;Kund AB;QUOTE;60
                """, StandardCharsets.UTF_8);
        Path chosen = folder.resolve("rättas").resolve("fel.csv");
        Files.createDirectories(chosen.getParent());

        ImportResult result =
                imports.run(ImportRequest.of(organisation, List.of(file), SKIP).rejectingTo(chosen));

        assertThat(result.rejectFiles()).containsExactly(chosen);
        List<String> lines = Files.readAllLines(chosen, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith("inte ett datum;Anna Åberg;\"'=HYPERLINK(\"\"http://example.com\"\")\";QUOTE;-5;")
                .contains("Minuter: a duration cannot be negative");
        assertThat(Files.exists(folder.resolve("besok.rejected.csv"))).isFalse();
        assertThat(visits()).isEqualTo(1);
    }

    @Test
    void rejectsTheWholeFileWhenOneRowIsInvalidAndSaysWhereAndWhy() throws IOException {
        Path file = csv("besok.csv", """
                Datum;Säljare;Kund;Syfte;Minuter
                2026-11-02;Anna Åberg;Kund AB;Offertpresentation;90
                2026-11-03;Anna Aberg;Kund AB;QUOTE;60
                2026-11-04;Anna Åberg;Kund AB;QUOTE;-5
                """, StandardCharsets.UTF_8);

        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));

        assertThat(result.stored()).isFalse();
        assertThat(visits()).isZero();
        assertThat(result.rejections())
                .extracting(RowRejection::file, RowRejection::row, RowRejection::column, RowRejection::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("besok.csv", 3, "Säljare", "Anna Aberg"),
                        org.assertj.core.groups.Tuple.tuple("besok.csv", 4, "Minuter", "-5"));
        assertThat(result.rejections().get(0).reason().english()).contains("did you mean 'Anna Åberg'?");
        assertThat(result.rejections().get(1).reason().english()).isEqualTo("a duration cannot be negative");
    }

    @Test
    void aRowDatedAfterTodayIsStoredPlannedAndStaysPlannedOnceItsDayHasCome() throws IOException {
        java.time.LocalDate today = organisations.today(organisation);
        Path file = csv(
                "plan.csv",
                "Id,Datum,Säljare,Kund,Syfte\nP1," + today.plusDays(3) + ",Anna Åberg,Kund AB,QUOTE\nP2," + today
                        + ",Anna Åberg,Kund AB,QUOTE\n",
                StandardCharsets.UTF_8);

        imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));
        assertThat(statuses()).containsExactly("P1 PLANNED true", "P2 HELD false");

        // The same meeting exported again after its day: held, and it was booked before its day.
        Path later = csv(
                "plan-later.csv",
                "Id,Datum,Säljare,Kund,Syfte\nP1," + today + ",Anna Åberg,Kund AB,QUOTE\n",
                StandardCharsets.UTF_8);
        imports.run(ImportRequest.of(organisation, List.of(later), ALL_OR_NOTHING));
        assertThat(statuses()).containsExactly("P1 HELD true", "P2 HELD false");
    }

    @Test
    void aStatusColumnIsStoredAndAFileWithoutOneLeavesACancellationAsItWas() throws IOException {
        java.time.LocalDate today = organisations.today(organisation);
        Path file = csv(
                "status.csv",
                "Besöks-id;Datum;Säljare;Kund;Syfte;Status;Bokad\n"
                        + "S1;" + today.minusDays(4) + ";Anna Åberg;Kund AB;QUOTE;Inställd;" + today.minusDays(9) + "\n"
                        + "S2;" + today.minusDays(3) + ";Anna Åberg;Kund AB;QUOTE;uteblev;\n"
                        + "S3;" + today.minusDays(2) + ";Anna Åberg;Kund AB;QUOTE;planerad;\n"
                        + "S4;" + today.plusDays(2) + ";Anna Åberg;Kund AB;QUOTE;;\n",
                StandardCharsets.UTF_8);

        imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));
        assertThat(statuses())
                .containsExactly("S1 CANCELLED true", "S2 NO_SHOW false", "S3 PLANNED true", "S4 PLANNED true");

        Path withoutStatus = csv(
                "again.csv",
                "Besöks-id;Datum;Säljare;Kund;Syfte\n"
                        + "S1;" + today.minusDays(4) + ";Anna Åberg;Kund AB;QUOTE\n"
                        + "S2;" + today.minusDays(3) + ";Anna Åberg;Kund AB;QUOTE\n"
                        + "S3;" + today.minusDays(2) + ";Anna Åberg;Kund AB;QUOTE\n",
                StandardCharsets.UTF_8);
        ImportResult again = imports.run(ImportRequest.of(organisation, List.of(withoutStatus), ALL_OR_NOTHING));

        // The unconfirmed visit's file says it took place; the cancellation and no-show stand.
        assertThat(again.counts().get(ImportKind.VISITS)).isEqualTo(new ImportCounts(0, 1, 2));
        assertThat(statuses())
                .containsExactly("S1 CANCELLED true", "S2 NO_SHOW false", "S3 HELD true", "S4 PLANNED true");
    }

    @Test
    void aRowDatedAfterTodayMarkedHeldIsRejectedAndNothingIsStored() throws IOException {
        java.time.LocalDate tomorrow = organisations.today(organisation).plusDays(1);
        Path file = csv(
                "held.csv",
                "Date,Salesperson,Customer,Purpose,Status\n" + tomorrow + ",Anna Åberg,Kund AB,QUOTE,held\n",
                StandardCharsets.UTF_8);

        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));

        assertThat(result.stored()).isFalse();
        assertThat(visits()).isZero();
        assertThat(result.rejections())
                .extracting(
                        RowRejection::row,
                        RowRejection::column,
                        RowRejection::value,
                        rejection -> rejection.reason().english())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        2, "Status", "held", "a visit dated after today cannot have been held"));
    }

    @Test
    void aCustomersTierAndOwnerAreStoredAndAnUnknownTierOrOwnerIsNamed() throws IOException {
        Path file = csv(
                "kunder.csv",
                "Kund;Kundklass;Ansvarig\nAcme AB;a;Anna Åberg\nBeta AB;B;\nGamma AB;D;Anna Aberg\n",
                StandardCharsets.UTF_8);

        ImportResult refused = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));

        assertThat(refused.rejections())
                .extracting(RowRejection::row, RowRejection::column, RowRejection::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "Kundklass", "D"),
                        org.assertj.core.groups.Tuple.tuple(4, "Ansvarig", "Anna Aberg"));

        Path fixed = csv(
                "kunder-rättade.csv",
                "Kund;Kundklass;Ansvarig\nAcme AB;a;Anna Åberg\nBeta AB;B;\n",
                StandardCharsets.UTF_8);
        imports.run(ImportRequest.of(organisation, List.of(fixed), ALL_OR_NOTHING));
        ImportResult again = imports.run(ImportRequest.of(organisation, List.of(fixed), ALL_OR_NOTHING));

        assertThat(again.counts().get(ImportKind.CUSTOMERS)).isEqualTo(new ImportCounts(0, 0, 2));
        assertThat(jdbc.sql("""
                        SELECT c.name || ' ' || c.tier || ' ' || COALESCE(s.name, '-')
                        FROM customer c LEFT JOIN salesperson s ON s.org_id = c.org_id AND s.id = c.owner_id
                        WHERE c.org_id = :org ORDER BY c.name
                        """)
                        .param("org", organisation.id())
                        .query(String.class)
                        .list())
                .containsExactly("Acme AB A Anna Åberg", "Beta AB B -");
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT external_id || ' ' || status || ' ' || CAST(planned AS VARCHAR) FROM visit"
                        + " WHERE org_id = :org ORDER BY external_id")
                .param("org", organisation.id())
                .query(String.class)
                .list();
    }

    @Test
    void storesTheValidRowsAndWritesTheRejectedOnesWithTheirReasonWhenAskedToSkip() throws IOException {
        Path file = csv("visits.csv", """
                Date,Salesperson,Customer,Purpose,Duration
                2026-11-02,Anna Åberg,Kund AB,Quote presentation,90
                2026-11-03,Anna Åberg,Kund AB,Lunch,60
                """, StandardCharsets.UTF_8);

        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(file), SKIP));

        assertThat(visits()).isEqualTo(1);
        assertThat(result.newCustomers()).containsExactly("Kund AB");
        assertThat(result.rejectFiles())
                .containsExactly(folder.resolve("visits.rejected.csv").toAbsolutePath());
        assertThat(Files.readAllLines(result.rejectFiles().get(0)))
                .containsExactly(
                        "Date,Salesperson,Customer,Purpose,Duration,reason",
                        "2026-11-03,Anna Åberg,Kund AB,Lunch,60,Purpose: no purpose with that code or name");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        Path file = csv("visits.csv", """
                Datum,Tid,Säljare,Kund,Syfte
                2026-11-02,09:30,Anna Åberg,Kund AB,QUOTE
                2026-11-02,13:00,Anna Åberg,Kund AB,QUOTE
                """, StandardCharsets.UTF_8);
        imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));

        ImportResult again = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));

        assertThat(visits()).isEqualTo(2);
        assertThat(again.counts().get(ImportKind.VISITS)).isEqualTo(new ImportCounts(0, 0, 2));
        assertThat(again.newCustomers()).isEmpty();
    }

    @Test
    void aRowRepeatedInTheSameFileIsStoredOnceAsItsLastVersion() throws IOException {
        Path file = csv("visits.csv", """
                Datum,Säljare,Kund,Syfte,Minuter
                2026-11-02,Anna Åberg,Kund AB,QUOTE,60
                2026-11-02,Anna Åberg,Kund AB,QUOTE,45
                2026-11-03,Anna Åberg,Kund AB,QUOTE,30
                """, StandardCharsets.UTF_8);

        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));

        assertThat(result.counts().get(ImportKind.VISITS)).isEqualTo(new ImportCounts(2, 0, 1));
        assertThat(jdbc.sql("SELECT duration_minutes FROM visit WHERE org_id = :org ORDER BY visit_date")
                        .param("org", organisation.id())
                        .query(Integer.class)
                        .list())
                .containsExactly(45, 30);
    }

    @Test
    void theRejectFileOfASemicolonWindows1252FileIsWrittenTheSameWay() throws IOException {
        Charset windows1252 = Charset.forName("windows-1252");
        Path file = csv(
                "export.csv",
                "Datum;Säljare;Kund;Syfte\n29.11.2026;Anna Åberg;Öland Bygg AB;QUOTE\n"
                        + "30.11.2026;Anna Åberg;Öland Bygg AB;Fika\n",
                windows1252);

        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(file), SKIP));

        assertThat(visits()).isEqualTo(1);
        assertThat(Files.readAllLines(result.rejectFiles().get(0), windows1252))
                .containsExactly(
                        "Datum;Säljare;Kund;Syfte;reason",
                        "30.11.2026;Anna Åberg;Öland Bygg AB;Fika;Syfte: no purpose with that code or name");
    }

    @Test
    void anImportThatStoresIsAuditedWithTheFileItsHashAndTheCounts() throws IOException {
        Path file = csv(
                "visits.csv",
                "Datum,Säljare,Kund,Syfte\n2026-11-02,Anna Åberg,Kund AB,QUOTE\n",
                StandardCharsets.UTF_8);
        String hash = java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(file)));

        imports.run(ImportRequest.of(organisation, List.of(file), new ImportOptions(true, false)));
        imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING)
                .by(new Actor(7L, "anna@example.se"), ImportScope.WHOLE_ORGANISATION));

        List<AuditEvent> events = audit.latest(organisation.id(), 10);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.IMPORT);
            assertThat(event.actor()).isEqualTo("anna@example.se");
            assertThat(event.userId()).isEqualTo(7L);
            assertThat(event.detail())
                    .isEqualTo("visits.csv (SHA-256 " + hash + "): Visits 1 added, 0 updated, 0 unchanged; 0 rejected");
        });
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aChangedRowWithAnIdUpdatesItsVisit() throws IOException {
        imports.run(ImportRequest.of(
                organisation,
                List.of(csv(
                        "a.csv",
                        "Id,Datum,Säljare,Kund,Syfte,Minuter\nV1,2026-11-02,Anna Åberg,Kund AB,QUOTE,60\n",
                        StandardCharsets.UTF_8)),
                ALL_OR_NOTHING));

        ImportResult changed = imports.run(ImportRequest.of(
                organisation,
                List.of(csv(
                        "b.csv",
                        "Id,Datum,Säljare,Kund,Syfte,Minuter\nV1,2026-11-02,Anna Åberg,Kund AB,QUOTE,90\n",
                        StandardCharsets.UTF_8)),
                ALL_OR_NOTHING));

        assertThat(changed.counts().get(ImportKind.VISITS)).isEqualTo(new ImportCounts(0, 1, 0));
        assertThat(jdbc.sql("SELECT duration_minutes FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(90);
    }

    @Test
    void readsWindows1252SemicolonCsvWithDecimalCommaAndDayFirstDates() throws IOException {
        Path file = csv(
                "export.csv",
                "Datum;Säljare;Kund;Syfte;Minuter\n29.11.2026;Anna Åberg;Öland Bygg AB;Företagspresentation;75,0\n",
                Charset.forName("windows-1252"));

        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));

        assertThat(result.rejections()).isEmpty();
        assertThat(result.notes()).anyMatch(note -> note.english().contains("Windows-1252"));
        assertThat(jdbc.sql("""
                        SELECT c.name FROM visit v JOIN customer c ON c.org_id = v.org_id AND c.id = v.customer_id
                        WHERE v.org_id = :org AND v.visit_date = DATE '2026-11-29' AND v.duration_minutes = 75
                        """)
                        .param("org", organisation.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Öland Bygg AB");
    }

    @Test
    void readsASwedishWorkbookWithASheetPerKindAndLeavesOtherSheetsOut() throws IOException {
        Path file = folder.resolve("syfte.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet people = workbook.newWorksheet("Säljare");
            row(people, 0, "Namn", "Team", "E-post");
            row(people, 1, "Bo Ek", "Team Norr", "bo@example.se");
            Worksheet customers = workbook.newWorksheet("Kunder");
            row(customers, 0, "Kund", "Organisationsnummer", "Bransch");
            row(customers, 1, "Volvo Lastvagnar AB", "556012-5790", "Tillverkning");
            row(customers, 2, "Felnummer AB", "556012-5791", "Bygg");
            Worksheet visits = workbook.newWorksheet("Besök");
            row(visits, 0, "Datum", "Säljare", "Kund", "Syfte", "Kanal");
            visits.value(1, 0, java.time.LocalDate.of(2026, 11, 2));
            visits.value(1, 1, "Bo Ek");
            visits.value(1, 2, "Volvo Lastvagnar AB");
            visits.value(1, 3, "Företagspresentation");
            visits.value(1, 4, "Video");
            Worksheet help = workbook.newWorksheet("Instruktioner");
            row(help, 0, "Fyll i ett besök per rad");
            workbook.finish();
        }

        ImportResult refused = imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING));
        assertThat(refused.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.sheet()).isEqualTo("Kunder");
            assertThat(rejection.row()).isEqualTo(3);
            assertThat(rejection.value()).isEqualTo("556012-5791");
        });
        assertThat(refused.notes()).anyMatch(note -> note.english().contains("Instruktioner"));

        ImportResult stored = imports.run(ImportRequest.of(organisation, List.of(file), SKIP));
        assertThat(stored.counts().get(ImportKind.SALESPEOPLE)).isEqualTo(new ImportCounts(1, 0, 0));
        assertThat(stored.counts().get(ImportKind.CUSTOMERS)).isEqualTo(new ImportCounts(1, 0, 0));
        assertThat(stored.counts().get(ImportKind.VISITS)).isEqualTo(new ImportCounts(1, 0, 0));
        assertThat(jdbc.sql("SELECT channel FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(String.class)
                        .single())
                .isEqualTo("VIDEO");
        assertThat(stored.rejectFiles())
                .singleElement()
                .satisfies(reject -> assertThat(reject.getFileName().toString()).isEqualTo("syfte.rejected.xlsx"));
    }

    @Test
    void importsDealsOrdersAndTargetsAndImportingThemAgainChangesNothing() throws IOException {
        Path deals = csv("affarer.csv", """
                Affärs-id;Kund;Ansvarig;Titel;Skapad;Steg;Värde;Status;Stängd
                D1;Kund AB;Anna Åberg;Städavtal;2026-03-01;Förhandling;120 000,00;Vunnen;2026-05-02
                D2;Kund AB;Anna Åberg;Fönsterputs;2026-04-01;Offert;30 000;Öppen;
                """, StandardCharsets.UTF_8);
        Path orders = csv("order.csv", """
                Ordernummer,Kund,Datum,Belopp
                O-1,Kund AB,2026-05-02,"10,000.50"
                """, StandardCharsets.UTF_8);
        Path targets = csv("mal.csv", """
                Säljare;Team;Syfte;Period;Periodstart;Antal
                Anna Åberg;;Offertpresentation;månad;2026-11-01;4
                ;Team Syd;QUOTE;kvartal;2026-10-01;30
                """, StandardCharsets.UTF_8);

        ImportResult first =
                imports.run(ImportRequest.of(organisation, List.of(deals, orders, targets), ALL_OR_NOTHING));
        ImportResult again =
                imports.run(ImportRequest.of(organisation, List.of(deals, orders, targets), ALL_OR_NOTHING));

        assertThat(first.rejections()).isEmpty();
        assertThat(first.counts().get(ImportKind.DEALS)).isEqualTo(new ImportCounts(2, 0, 0));
        assertThat(first.counts().get(ImportKind.ORDERS)).isEqualTo(new ImportCounts(1, 0, 0));
        assertThat(first.counts().get(ImportKind.TARGETS)).isEqualTo(new ImportCounts(2, 0, 0));
        assertThat(again.counts().values()).allMatch(counts -> counts.added() == 0 && counts.updated() == 0);
        assertThat(jdbc.sql("SELECT SUM(value) FROM deal WHERE org_id = :org AND status = 'WON'")
                        .param("org", organisation.id())
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("120000");
        assertThat(jdbc.sql("SELECT amount FROM orders WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("10000.50");
    }

    @Test
    void rejectsAWonDealWithoutCloseDateAndATargetNotStartingItsPeriod() throws IOException {
        Path deals =
                csv("deals.csv", "Customer,Created,Value,Status\nKund AB,2026-03-01,100,won\n", StandardCharsets.UTF_8);
        Path targets = csv(
                "targets.csv",
                "Salesperson,Purpose,Period,Period start,Count\nAnna Åberg,QUOTE,month,2026-11-15,4\n",
                StandardCharsets.UTF_8);

        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(deals, targets), ALL_OR_NOTHING));

        assertThat(result.rejections())
                .extracting(RowRejection::file, rejection -> rejection.reason().english())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("deals.csv", "a won deal needs its close date"),
                        org.assertj.core.groups.Tuple.tuple("targets.csv", "not the first day of a month"));
    }

    @Test
    void theTemplateHasASheetPerKindWithItsHeadersAndImportsAsItIs() throws IOException {
        Path template = folder.resolve("mall.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            imports.template(organisation, java.util.Locale.forLanguageTag("sv"), out);
        }

        List<SourceTable> tables = TablesOfFile.read(template);
        assertThat(tables)
                .extracting(SourceTable::sheet)
                .containsExactly("Säljare", "Kunder", "Besök", "Affärer", "Order", "Mål", "Listor");
        for (SourceTable table : tables.subList(0, 6)) {
            assertThat(ImportKind.ofHeaders(table.headers()))
                    .as(table.sheet())
                    .contains(ImportKind.ofSheet(table.sheet()).orElseThrow());
            assertThat(table.rows().toList()).as(table.sheet()).hasSize(1);
        }
        assertThat(tables.get(6).notes()).extracting(ImportText::english).containsExactly("hidden sheet, not read");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(template.toFile())) {
            String visits = new String(
                    zip.getInputStream(zip.getEntry("xl/worksheets/sheet3.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(visits).contains("<dataValidation", "'Listor'!$A$1:$A$5", "'Listor'!$B$1", "'Listor'!$C$1:$C$3");
        }

        ImportResult dryRun =
                imports.run(ImportRequest.of(organisation, List.of(template), new ImportOptions(true, false)));
        assertThat(dryRun.rejections()).isEmpty();
        assertThat(dryRun.counts()).hasSize(6);
    }

    @Test
    void tellsItsProgressRowByRowAndTheTotalAtTheEnd() throws IOException {
        Path file = csv(
                "visits.csv",
                "Datum,Säljare,Kund,Syfte\n2026-11-02,Anna Åberg,Kund AB,QUOTE\n"
                        + "2026-11-03,Anna Åberg,Kund AB,QUOTE\n2026-11-04,Anna Åberg,Kund AB,QUOTE\n",
                StandardCharsets.UTF_8);
        List<String> heard = new java.util.ArrayList<>();

        imports.run(ImportRequest.of(organisation, List.of(file), ALL_OR_NOTHING)
                .reporting((done, total) -> heard.add(done + "/" + total)));

        // A CSV file is streamed, so how many rows it has is known only at its end.
        assertThat(heard).containsExactly("1/-1", "2/-1", "3/-1", "3/3");
    }

    @Test
    void aDryRunCountsButStoresNothing() throws IOException {
        Path file = csv(
                "visits.csv",
                "Datum,Säljare,Kund,Syfte\n2026-11-02,Anna Åberg,Kund AB,QUOTE\n",
                StandardCharsets.UTF_8);

        ImportResult result =
                imports.run(ImportRequest.of(organisation, List.of(file), new ImportOptions(true, false)));

        assertThat(result.stored()).isFalse();
        assertThat(result.counts().get(ImportKind.VISITS)).isEqualTo(new ImportCounts(1, 0, 0));
        assertThat(result.newCustomers()).containsExactly("Kund AB");
        assertThat(visits()).isZero();
    }

    @Test
    void refusesAFileOfAnotherTypeOrWithoutKnownHeaders() throws IOException {
        Path pdf = csv("report.pdf", "%PDF-1.4", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> imports.run(ImportRequest.of(organisation, List.of(pdf), ALL_OR_NOTHING)))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("report.pdf");

        Path unknown = csv("amounts.csv", "Belopp,Valuta\n100,SEK\n", StandardCharsets.UTF_8);
        assertThat(imports.run(ImportRequest.of(organisation, List.of(unknown), ALL_OR_NOTHING))
                        .rejections())
                .singleElement()
                .satisfies(rejection ->
                        assertThat(rejection.reason().english()).startsWith("cannot tell what this file holds"));
    }

    private static void row(Worksheet sheet, int row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            sheet.value(row, i, cells[i]);
        }
    }
}
