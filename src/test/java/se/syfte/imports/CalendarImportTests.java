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
}
