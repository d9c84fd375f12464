package se.syfte.imports.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import se.syfte.imports.SourceTable;

/** The real calendar files of shared/data/public/calendars, read in Stockholm time. */
class IcsFileTests {

    private static final Path CALENDARS = Path.of("..", "shared", "data", "public", "calendars");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static SourceTable read(String file, String from, String to) throws IOException {
        return IcsFile.read(CALENDARS.resolve(file), LocalDate.parse(from), LocalDate.parse(to), STOCKHOLM);
    }

    /**
     * A monthly meeting (first Tuesday, 10:00 in Los Angeles) with extra dates, three exceptions and
     * two moved instances, and a nameless time zone: worked out by hand from the file.
     */
    @Test
    void expandsARecurringMeetingWithItsExtraDatesExceptionsAndMovedInstances() throws IOException {
        SourceTable meetings =
                read("zimbra_recurring_meeting_with_attendees_and_exceptions.ics", "2012-09-01", "2013-06-01");

        assertThat(meetings.rows().toList())
                .extracting(row -> row.cell(0) + " " + row.cell(1) + " " + row.cell(2))
                .containsExactly(
                        "2012-10-03 00:00 30", // the first instance, moved from 10:00 to 15:00 in Los Angeles
                        "2012-11-06 19:00 30",
                        "2012-11-07 05:00 30", // the extra date of 5 November, moved to 6 November 20:00
                        "2012-11-10 19:00 30",
                        "2012-11-30 19:00 30",
                        "2013-01-01 19:00 30", // 4 December and 5 February are exceptions
                        "2013-03-05 19:00 30", // 2 April is an exception
                        "2013-05-07 19:00 30");
        assertThat(meetings.rows().toList().get(1).cell(3)).isEqualTo("James Lal <jlal@mozilla.com>");
        assertThat(meetings.rows().toList().get(1).cell(5)).isEqualTo("PLACE");
        assertThat(meetings.notes())
                .extracting(se.syfte.imports.ImportText::english)
                .contains("a time zone without a name (TZID) left out");
    }

    @Test
    void readsAWindowsTimeZoneName() throws IOException {
        SourceTable meetings = read("exchange2010_meeting_from_ms_graph_docs.ics", "2019-01-01", "2020-01-01");

        assertThat(meetings.rows().toList()).singleElement().satisfies(row -> {
            assertThat(row.cells().subList(0, 4))
                    .containsExactly("2019-04-09", "23:00", "120", "Adele Vance <adelev@contoso.com>");
            assertThat(row.cell(6)).isEqualTo("Review Megan's docs");
        });
    }

    @Test
    void leavesOutMeetingsOutsideTheWindow() throws IOException {
        assertThat(read("google_calendar_minimal_event.ics", "2012-06-01", "2012-07-01")
                        .rows()
                        .toList())
                .singleElement()
                .satisfies(row -> assertThat(row.cells().subList(0, 3)).containsExactly("2012-06-30", "15:00", "60"));
        assertThat(read("google_calendar_minimal_event.ics", "2012-07-01", "2012-08-01")
                        .rows()
                        .toList())
                .isEmpty();
    }
}
