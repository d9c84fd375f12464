package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

    @Test
    void handsOnEveryRowInOrderAcrossBatches() {
        int rows = ReadAhead.BATCH * 3 + 7;
        List<Integer> read = new ArrayList<>();
        try (ReadAhead<Integer> ahead =
                new ReadAhead<>(IntStream.range(0, rows).boxed().iterator(), "test")) {
            ahead.forEachRemaining(read::add);
        }

        assertThat(read).hasSize(rows).isSorted().startsWith(0).endsWith(rows - 1);
    }

    @Test
    void aFailureToReadIsThrownWhereTheNextRowIsAskedFor() {
        Iterator<Integer> failing = new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                if (next == 5) {
                    throw new ImportRefusedException(ImportText.refusal("unreadableFrom", "visits.xlsx", "5"));
                }
                return true;
            }

            @Override
            public Integer next() {
                return next++;
            }
        };
        List<Integer> read = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(failing, "test")) {
            assertThatThrownBy(() -> ahead.forEachRemaining(read::add))
                    .isInstanceOf(ImportRefusedException.class)
                    .hasMessageContaining("visits.xlsx");
        }

        assertThat(read).isEmpty();
    }

    @Test
    void closingEarlyStopsTheReadingThreadBeforeItHasReadEverything() {
        AtomicInteger produced = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return produced.incrementAndGet();
            }
        };
        ReadAhead<Integer> ahead = new ReadAhead<>(endless, "test");
        assertThat(ahead.next()).isEqualTo(1);

        ahead.close();

        int afterClose = produced.get();
        assertThat(afterClose).isLessThanOrEqualTo(ReadAhead.BATCH * (ReadAhead.BATCHES + 2));
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals("read-ahead test") && thread.isAlive());
    }
}
