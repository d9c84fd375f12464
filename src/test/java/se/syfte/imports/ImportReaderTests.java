package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.syfte.imports.ics.CalendarDirectory;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.PurposeKind;
import se.syfte.visits.VisitStatus;

class ImportReaderTests {

    private static final Purpose QUOTE =
            new Purpose(3, "QUOTE", "Offertpresentation", "Quote presentation", PurposeKind.FUNNEL, 3, 60);

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final List<ImportRows.VisitRow> visits = new ArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();

    @Test
    void aColumnWhoseOnlyTellingDateComesLastReadsItsEarlierDatesMonthFirstInOnePass() {
        ImportPlan plan = read(List.of("03/04/2026", "11/02/2026", "10/15/2026"));

        assertThat(plan.rejections()).isEmpty();
        assertThat(visits)
                .extracting(ImportRows.VisitRow::date)
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 15));
        assertThat(plan.notes()).anyMatch(note -> note.english().contains("read month first"));
        // One look at the date column, one read of the rows: the rows reach the sink once.
        assertThat(opened).hasValue(2);
    }

    @Test
    void aColumnWrittenBothWaysIsRefusedBeforeAnyRowIsStored() {
        ImportPlan plan = read(List.of("10/15/2026", "20/10/2026"));

        assertThat(visits).isEmpty();
        assertThat(plan.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.column()).isEqualTo("Datum");
            assertThat(rejection.reason().english()).contains("some dates day first and some month first");
        });
        assertThat(opened).hasValue(1);
    }

    @Test
    void aColumnThatNeverShowsItsOrderIsReadDayFirstAndSaysSo() {
        ImportPlan plan = read(List.of("03/04/2026"));

        assertThat(visits).extracting(ImportRows.VisitRow::date).containsExactly(LocalDate.of(2026, 4, 3));
        assertThat(plan.notes()).anyMatch(note -> note.english().contains("read day first (as 29/11/2026)"));
    }

    @Test
    void aRowsStatusIsReadFromItsSwedishOrEnglishWordAndAPlannedOneWasBooked() {
        ImportPlan plan = readStatuses(
                List.of("2026-11-20", "Genomförd", ""),
                List.of("2026-11-21", "Inställd", ""),
                List.of("2026-11-22", "No-show", ""),
                List.of("2026-11-23", "kunden uteblev", ""),
                List.of("2026-11-24", "PLANNED", ""),
                List.of("2026-11-25", "cancelled", ""));

        assertThat(plan.rejections()).isEmpty();
        assertThat(visits)
                .extracting(ImportRows.VisitRow::status, ImportRows.VisitRow::statusGiven, ImportRows.VisitRow::planned)
                .containsExactly(
                        tuple(VisitStatus.HELD, true, false),
                        tuple(VisitStatus.CANCELLED, true, false),
                        tuple(VisitStatus.NO_SHOW, true, false),
                        tuple(VisitStatus.NO_SHOW, true, false),
                        tuple(VisitStatus.PLANNED, true, true),
                        tuple(VisitStatus.CANCELLED, true, false));
    }

    @Test
    void withoutAStatusAVisitDatedAfterTodayIsPlannedAndOneDatedTodayWasHeldWithoutAPlan() {
        ImportPlan plan = readStatuses(List.of("2026-12-03", "", ""), List.of(TODAY.toString(), "", ""));

        assertThat(plan.rejections()).isEmpty();
        assertThat(visits)
                .extracting(ImportRows.VisitRow::status, ImportRows.VisitRow::statusGiven, ImportRows.VisitRow::planned)
                .containsExactly(tuple(VisitStatus.PLANNED, false, true), tuple(VisitStatus.HELD, false, false));
    }

    @Test
    void aBookedDateBeforeTheVisitsDayMakesItPlannedAndOneOnTheDayDoesNot() {
        ImportPlan plan =
                readStatuses(List.of("2026-11-20", "", "2026-11-19"), List.of("2026-11-20", "held", "20.11.2026"));

        assertThat(plan.rejections()).isEmpty();
        assertThat(visits).extracting(ImportRows.VisitRow::planned).containsExactly(true, false);
    }

    @Test
    void aVisitDatedAfterTodayCannotHaveBeenHeldOrMissedAndAnUnknownWordIsNamed() {
        ImportPlan plan = readStatuses(
                List.of("2026-12-03", "held", ""),
                List.of("2026-12-03", "uteblev", ""),
                List.of("2026-11-03", "maybe", ""),
                List.of("2026-12-03", "Avbokad", ""));

        assertThat(plan.rejections())
                .extracting(
                        RowRejection::row,
                        RowRejection::column,
                        RowRejection::value,
                        rejection -> rejection.reason().english())
                .containsExactly(
                        tuple(2, "Status", "held", "a visit dated after today cannot have been held"),
                        tuple(3, "Status", "uteblev", "a visit dated after today cannot have been missed yet"),
                        tuple(4, "Status", "maybe", "not a visit status (planned, held, cancelled or no-show)"));
        assertThat(visits).extracting(ImportRows.VisitRow::status).containsExactly(VisitStatus.CANCELLED);
    }

    private ImportPlan read(List<String> dates) {
        return read(
                List.of("Datum", "Säljare", "Kund", "Syfte"),
                dates.stream()
                        .map(date -> List.of(date, "Anna Åberg", "Kund AB", "QUOTE"))
                        .toList());
    }

    /** Rows of date, status and booked date. */
    @SafeVarargs
    private ImportPlan readStatuses(List<String>... rows) {
        return read(
                List.of("Date", "Salesperson", "Customer", "Purpose", "Status", "Booked"),
                java.util.Arrays.stream(rows)
                        .map(row -> List.of(row.get(0), "Anna Åberg", "Kund AB", "QUOTE", row.get(1), row.get(2)))
                        .toList());
    }

    private ImportPlan read(List<String> headers, List<List<String>> cells) {
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.add(new SourceTable.SourceRow(i + 2, cells.get(i)));
        }
        SourceRows counted = () -> {
            opened.incrementAndGet();
            return rows.stream();
        };
        SourceTable table = new SourceTable("visits.csv", null, headers, counted, List.of());
        ImportReader reader = new ImportReader(
                List.of(QUOTE),
                List.of("Anna Åberg"),
                new KeywordRules(Map.of()),
                new ImportOptions(false, false),
                new CalendarDirectory(List.of(), List.of()),
                ImportScope.WHOLE_ORGANISATION,
                CustomersInScope.ALL,
                TODAY);
        return reader.read(List.of(table), new VisitsOnly(), ImportProgress.NONE);
    }

    /** Keeps the visits; the tables of these tests hold nothing else. */
    private final class VisitsOnly implements ImportSink {
        @Override
        public void visit(ImportRows.VisitRow row) {
            visits.add(row);
        }

        @Override
        public void salesperson(ImportRows.SalespersonRow row) {
            throw new AssertionError(row);
        }

        @Override
        public void customer(ImportRows.CustomerRow row) {
            throw new AssertionError(row);
        }

        @Override
        public void deal(ImportRows.DealRow row) {
            throw new AssertionError(row);
        }

        @Override
        public void order(ImportRows.OrderRow row) {
            throw new AssertionError(row);
        }

        @Override
        public void target(ImportRows.TargetRow row) {
            throw new AssertionError(row);
        }
    }
}
