package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.syfte.imports.ics.CalendarDirectory;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.PurposeKind;

class ImportReaderTests {

    private static final Purpose QUOTE =
            new Purpose(3, "QUOTE", "Offertpresentation", "Quote presentation", PurposeKind.FUNNEL, 3, 60);

    private final List<ImportRows.VisitRow> visits = new ArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();

    @Test
    void aColumnWhoseOnlyTellingDateComesLastReadsItsEarlierDatesMonthFirstInOnePass() {
        ImportPlan plan = read(List.of("03/04/2026", "11/02/2026", "10/15/2026"));

        assertThat(plan.rejections()).isEmpty();
        assertThat(visits)
                .extracting(ImportRows.VisitRow::date)
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 15));
        assertThat(plan.notes()).anyMatch(note -> note.contains("read month first"));
        // One look at the date column, one read of the rows: the rows reach the sink once.
        assertThat(opened).hasValue(2);
    }

    @Test
    void aColumnWrittenBothWaysIsRefusedBeforeAnyRowIsStored() {
        ImportPlan plan = read(List.of("10/15/2026", "20/10/2026"));

        assertThat(visits).isEmpty();
        assertThat(plan.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.column()).isEqualTo("Datum");
            assertThat(rejection.reason()).contains("some dates day first and some month first");
        });
        assertThat(opened).hasValue(1);
    }

    @Test
    void aColumnThatNeverShowsItsOrderIsReadDayFirstAndSaysSo() {
        ImportPlan plan = read(List.of("03/04/2026"));

        assertThat(visits).extracting(ImportRows.VisitRow::date).containsExactly(LocalDate.of(2026, 4, 3));
        assertThat(plan.notes()).anyMatch(note -> note.contains("read day first (as 29/11/2026)"));
    }

    private ImportPlan read(List<String> dates) {
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            rows.add(new SourceTable.SourceRow(i + 2, List.of(dates.get(i), "Anna Åberg", "Kund AB", "QUOTE")));
        }
        SourceRows counted = () -> {
            opened.incrementAndGet();
            return rows.stream();
        };
        SourceTable table =
                new SourceTable("visits.csv", null, List.of("Datum", "Säljare", "Kund", "Syfte"), counted, List.of());
        ImportReader reader = new ImportReader(
                List.of(QUOTE),
                List.of("Anna Åberg"),
                new KeywordRules(Map.of()),
                new ImportOptions(false, false),
                new CalendarDirectory(List.of(), List.of()),
                ImportScope.WHOLE_ORGANISATION);
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
