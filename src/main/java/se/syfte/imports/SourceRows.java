package se.syfte.imports;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A table's rows, read afresh from the file each time they are opened, so that an import holds
 * one row at a time and never a whole file. Close the stream to close the file.
 */
@FunctionalInterface
public interface SourceRows {

    Stream<SourceTable.SourceRow> open();

    /** How many rows there are when that is known without reading them, else -1. */
    default long knownSize() {
        return -1;
    }

    /**
     * Whether a text cell may satisfy {@code text}: false only when the source can tell without
     * reading its rows that none does.
     */
    default boolean mayHoldText(Predicate<String> text) {
        return true;
    }

    default SourceRows map(UnaryOperator<SourceTable.SourceRow> change) {
        SourceRows rows = this;
        return new SourceRows() {
            @Override
            public Stream<SourceTable.SourceRow> open() {
                return rows.open().map(change);
            }

            @Override
            public long knownSize() {
                return rows.knownSize();
            }
        };
    }

    /** All rows at once, for files that are small by nature (a calendar) and for tests. */
    default List<SourceTable.SourceRow> toList() {
        try (Stream<SourceTable.SourceRow> rows = open()) {
            return rows.toList();
        }
    }

    static SourceRows of(List<SourceTable.SourceRow> list) {
        List<SourceTable.SourceRow> rows = List.copyOf(list);
        return new SourceRows() {
            @Override
            public Stream<SourceTable.SourceRow> open() {
                return rows.stream();
            }

            @Override
            public long knownSize() {
                return rows.size();
            }
        };
    }

    /**
     * Rows read from a file, a few batches ahead on a second thread: a failure to read further (a
     * damaged or hostile file) becomes a refusal that names the file, and closing the stream
     * closes the file.
     */
    static Stream<SourceTable.SourceRow> reading(String place, Iterator<SourceTable.SourceRow> rows, Runnable close) {
        Iterator<SourceTable.SourceRow> guarded = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return refusingFailures(place, rows::hasNext);
            }

            @Override
            public SourceTable.SourceRow next() {
                return refusingFailures(place, rows::next);
            }
        };
        ReadAhead<SourceTable.SourceRow> ahead = new ReadAhead<>(guarded, place);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ahead, Spliterator.ORDERED), false)
                .onClose(() -> {
                    ahead.close();
                    close.run();
                });
    }

    private static <T> T refusingFailures(String place, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ImportRefusedException | java.util.NoSuchElementException expected) {
            throw expected;
        } catch (RuntimeException failure) {
            throw ReadFailure.of(place, failure);
        }
    }
}
