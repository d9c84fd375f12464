package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.support.DatabaseTest;

/** Exports of Pipedrive, HubSpot and Salesforce, with the column names those systems write. */
class CrmImportTests extends DatabaseTest {

    private static final Path REAL_HEADERS = Path.of("..", "shared", "data", "public", "crm-export-headers");

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

    @TempDir
    Path folder;

    Organisation organisation;

    @BeforeEach
    void organisationWithTwoSalespeople() {
        organisation = organisations.create("crm-" + System.nanoTime(), "CRM AB");
        long team = teams.insert(organisation.id(), "Team Väst");
        salespeople.insert(organisation.id(), team, "Karin Ek", null);
        salespeople.insert(organisation.id(), team, "Per Nilsson", null);
    }

    private Path file(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> purposesOfVisits() {
        return jdbc.sql("""
                        SELECT COALESCE(p.code, '-') FROM visit v LEFT JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
                        WHERE v.org_id = :org ORDER BY v.visit_date
                        """).param("org", organisation.id()).query(String.class).list();
    }

    @ParameterizedTest
    @CsvSource({
        "pipedrive_activities_export_headers__observed.csv, PIPEDRIVE_ACTIVITIES",
        "pipedrive_deals_export_headers__observed_ticketco.csv, PIPEDRIVE_DEALS",
        "hubspot_all_deals_export_headers__observed.csv, HUBSPOT_DEALS",
        "salesforce_activity_report_export_headers__observed_coefficient_calls.csv, SALESFORCE_ACTIVITIES",
        "salesforce_task_report_export_columns__observed_unordered.csv, SALESFORCE_ACTIVITIES"
    })
    void recognisesTheLayoutOfRealExportHeaders(String file, CrmFormat expected) throws IOException {
        assertThat(CrmFormat.of(
                        TablesOfFile.read(REAL_HEADERS.resolve(file)).get(0).headers()))
                .contains(expected);
    }

    @Test
    void importsPipedriveActivitiesWithPurposesFromTheirTypeAndSubject() throws IOException {
        Path export = file("activities.csv", """
                Activity - ID,Activity - Type,Activity - Subject,Activity - Due date,Activity - Assigned to user,Activity - Organization,Activity - Duration,Activity - Note
                101,Meeting,Offertgenomgång [OFFERT],2026-10-05,Karin Ek,Vasa Fastigheter AB,01:30,Andra versionen
                102,Meeting,Avtalsförhandling med VD,2026-10-20,Karin Ek,Vasa Fastigheter AB,,
                103,Call,Kaffe,2026-10-21,Per Nilsson,Ek Bygg AB,,
                """);

        ImportResult refused =
                imports.run(ImportRequest.of(organisation, List.of(export), new ImportOptions(false, false)));
        assertThat(refused.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.row()).isEqualTo(4);
            assertThat(rejection.reason().english())
                    .contains("match no purpose's keyword rules", "--unclassified keep");
        });

        ImportResult kept = imports.run(ImportRequest.of(
                organisation, List.of(export), new ImportOptions(false, false, ImportFormat.PIPEDRIVE, true)));
        assertThat(kept.rejections()).isEmpty();
        assertThat(purposesOfVisits()).containsExactly("QUOTE", "NEGOTIATION", "-");
        assertThat(kept.notes()).anyMatch(note -> note.english().contains("read as pipedrive activities export"));
    }

    @Test
    void readsASalesforceReportAndSkipsItsFooterLines() throws IOException {
        Path export = file("report.csv", """
                "Assigned","Activity Type","Subject","Date","Company / Account","Activity ID"
                "Per Nilsson","Event","Quote presentation","10/15/2026","Ek Bygg AB","00T1"
                "Per Nilsson","Event","Contract negotiation","10/20/2026","Ek Bygg AB","00T2"

                "Grand Totals (2 records)"
                "Confidential Information - Do Not Distribute"
                "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."
                """);

        ImportResult result =
                imports.run(ImportRequest.of(organisation, List.of(export), new ImportOptions(false, false)));

        assertThat(result.rejections()).isEmpty();
        assertThat(result.notes())
                .anyMatch(note -> note.english().contains("Grand Totals (2 records)"))
                .anyMatch(note -> note.english().contains("Confidential Information"))
                .anyMatch(note -> note.english().contains("salesforce.com"))
                .anyMatch(note -> note.english().contains("read month first"));
        assertThat(purposesOfVisits()).containsExactly("QUOTE", "NEGOTIATION");
        assertThat(jdbc.sql("SELECT MAX(visit_date) FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(java.time.LocalDate.class)
                        .single())
                .isEqualTo(java.time.LocalDate.of(2026, 10, 20));
    }

    @Test
    void refusesAColumnThatMixesDayFirstAndMonthFirstDates() throws IOException {
        Path export = file("mixed.csv", """
                Date,Salesperson,Customer,Purpose
                10/15/2026,Per Nilsson,Ek Bygg AB,QUOTE
                20/10/2026,Per Nilsson,Ek Bygg AB,QUOTE
                """);

        assertThat(imports.run(ImportRequest.of(organisation, List.of(export), new ImportOptions(false, true)))
                        .rejections())
                .singleElement()
                .satisfies(rejection ->
                        assertThat(rejection.reason().english()).contains("some dates day first and some month first"));
    }

    @Test
    void importsHubSpotDealsWithTheirOutcomeFromTheStage() throws IOException {
        Path export = file("deals.csv", """
                "Record ID","Deal Name","Deal Stage","Create Date","Close Date","Deal owner","Amount","Associated Company"
                "9001","Städ 2027","Closed Won","2026-08-01","2026-10-01","Karin Ek","250000","Vasa Fastigheter AB"
                "9002","Fönster","Closed Lost","2026-08-05","2026-09-01","Karin Ek","40000","Ek Bygg AB"
                "9003","Kontor","appointmentscheduled","2026-09-01","","Per Nilsson","90000","Ek Bygg AB"
                """);

        ImportResult result = imports.run(ImportRequest.of(
                organisation, List.of(export), new ImportOptions(false, false, ImportFormat.HUBSPOT, false)));

        assertThat(result.rejections()).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM deal WHERE org_id = :org ORDER BY external_id")
                        .param("org", organisation.id())
                        .query(String.class)
                        .list())
                .containsExactly("WON", "LOST", "OPEN");
    }

    @Test
    void aFormatThatDoesNotFitIsRefused() throws IOException {
        Path ours = file("besok.csv", "Datum,Säljare,Kund,Syfte\n2026-11-02,Karin Ek,Kund AB,QUOTE\n");

        ImportResult result = imports.run(ImportRequest.of(
                organisation, List.of(ours), new ImportOptions(false, false, ImportFormat.SALESFORCE, false)));

        assertThat(result.rejections())
                .singleElement()
                .satisfies(rejection -> assertThat(rejection.reason().english()).startsWith("not a salesforce export"));
    }
}
