package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.support.DatabaseTest;

class CalendarImportTests extends DatabaseTest {

    @Autowired
    ImportService imports;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TeamRepository teams;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void importsWeeklyMeetingsAsVisitsWithTheirPurposeFromATagAndTheirCustomerFromTheLocation() throws IOException {
        Organisation organisation = organisations.create("calendar-" + System.nanoTime(), "Kalender AB");
        salespeople.insert(
                organisation.id(),
                teams.insert(organisation.id(), "Team Stockholm"),
                "Johan Lindqvist",
                "johan.lindqvist@example.se");
        customers.insert(organisation.id(), "Vasa Fastighetsförvaltning AB", null, null, null);
        Path calendar = folder.resolve("kalender.ics");
        Files.writeString(calendar, """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//Syfte//SV
                BEGIN:VEVENT
                UID:offert-vasa-1
                DTSTART;TZID=Europe/Stockholm:20261006T093000
                DTEND;TZID=Europe/Stockholm:20261006T110000
                RRULE:FREQ=WEEKLY;COUNT=3
                SUMMARY:[OFFERT] Genomgång med inköp
                LOCATION:Sveavägen 1\\, hos Vasa Fastighetsförvaltning AB
                ORGANIZER;CN=J. Lindqvist:mailto:johan.lindqvist@example.se
                END:VEVENT
                BEGIN:VEVENT
                UID:kaffe-1
                DTSTART:20261010T110000Z
                DTEND:20261010T123000Z
                SUMMARY:Kaffe
                ORGANIZER;CN=Okänd Person:mailto:okand@example.se
                END:VEVENT
                END:VCALENDAR
                """, StandardCharsets.UTF_8);

        ImportResult result = imports.run(ImportRequest.of(
                organisation,
                List.of(calendar),
                new ImportOptions(false, true)
                        .withCalendarWindow(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1))));

        assertThat(result.counts().get(ImportKind.VISITS)).isEqualTo(new ImportCounts(3, 0, 0));
        assertThat(result.rejections()).extracting(RowRejection::column).contains("Salesperson", "Customer", "Purpose");
        assertThat(jdbc.sql("""
                        SELECT v.visit_date || ' ' || CAST(v.visit_time AS VARCHAR) || ' ' || v.duration_minutes || ' ' || p.code
                               || ' ' || c.name
                        FROM visit v
                        JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
                        JOIN customer c ON c.org_id = v.org_id AND c.id = v.customer_id
                        WHERE v.org_id = :org ORDER BY v.visit_date
                        """)
                        .param("org", organisation.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "2026-10-06 09:30:00 90 QUOTE Vasa Fastighetsförvaltning AB",
                        "2026-10-13 09:30:00 90 QUOTE Vasa Fastighetsförvaltning AB",
                        "2026-10-20 09:30:00 90 QUOTE Vasa Fastighetsförvaltning AB");

        ImportResult again = imports.run(ImportRequest.of(
                organisation,
                List.of(calendar),
                new ImportOptions(false, true)
                        .withCalendarWindow(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1))));
        assertThat(again.counts().get(ImportKind.VISITS)).isEqualTo(new ImportCounts(0, 0, 3));
    }

    @Test
    void futureMeetingsArePlannedCancelledOnesCancelledAndAStatusGivenInSyfteSurvivesTheNextImport()
            throws IOException {
        Organisation organisation = organisations.create("calendar-" + System.nanoTime(), "Kalender AB");
        salespeople.insert(
                organisation.id(), teams.insert(organisation.id(), "Team Norr"), "Eva Berg", "eva.berg@example.se");
        customers.insert(organisation.id(), "Norrsken AB", null, null, null);
        LocalDate today = organisations.today(organisation);
        Path calendar = folder.resolve("eva.ics");
        Files.writeString(
                calendar,
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Syfte//SV\n"
                        + meeting("past", today.minusDays(3), today.minusDays(10), null)
                        + meeting("booked-late", today.minusDays(2), today.minusDays(2), null)
                        + meeting("coming", today.plusDays(5), today.minusDays(1), null)
                        + meeting("called-off", today.minusDays(1), today.minusDays(9), "CANCELLED")
                        + meeting("called-off-ahead", today.plusDays(8), today.minusDays(9), "CANCELLED")
                        + "END:VCALENDAR\n",
                StandardCharsets.UTF_8);

        ImportResult result =
                imports.run(ImportRequest.of(organisation, List.of(calendar), new ImportOptions(false, false)));

        assertThat(result.rejections()).isEmpty();
        assertThat(statuses(organisation))
                .containsExactly(
                        today.minusDays(3) + " HELD planned",
                        today.minusDays(2) + " HELD",
                        today.minusDays(1) + " CANCELLED planned",
                        today.plusDays(5) + " PLANNED planned",
                        today.plusDays(8) + " CANCELLED planned");

        jdbc.sql("UPDATE visit SET status = 'NO_SHOW' WHERE org_id = :org AND visit_date = :day")
                .param("org", organisation.id())
                .param("day", today.minusDays(3))
                .update();
        ImportResult again =
                imports.run(ImportRequest.of(organisation, List.of(calendar), new ImportOptions(false, false)));

        assertThat(again.counts().get(ImportKind.VISITS)).isEqualTo(new ImportCounts(0, 0, 5));
        assertThat(statuses(organisation)).first().isEqualTo(today.minusDays(3) + " NO_SHOW planned");
    }

    private static String meeting(String uid, LocalDate day, LocalDate created, String status) {
        String date = day.toString().replace("-", "");
        return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTART;TZID=Europe/Stockholm:" + date + "T100000\n"
                + "DTEND;TZID=Europe/Stockholm:" + date + "T110000\n"
                + "CREATED:" + created.toString().replace("-", "") + "T080000Z\n"
                + (status == null ? "" : "STATUS:" + status + "\n")
                + "SUMMARY:Offert till Norrsken\nLOCATION:Norrsken AB\n"
                + "ORGANIZER;CN=Eva Berg:mailto:eva.berg@example.se\nEND:VEVENT\n";
    }

    private List<String> statuses(Organisation organisation) {
        return jdbc.sql("""
                        SELECT CAST(visit_date AS VARCHAR) || ' ' || status || CASE WHEN planned THEN ' planned' ELSE '' END
                        FROM visit WHERE org_id = :org ORDER BY visit_date
                        """).param("org", organisation.id()).query(String.class).list();
    }
}
