package se.syfte.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a file's rows on a second thread, a few batches ahead of the import that checks and
 * stores them: parsing a workbook costs as much as the rest of an import, and the two overlap.
 * Holds at most {@value #BATCHES} batches of {@value #BATCH} rows. A failure to read is thrown
 * where the next row is asked for; closing stops the reading thread before the file is closed.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    static final int BATCH = 1000;
    static final int BATCHES = 4;
    private static final Object END = new Object();

    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;

    ReadAhead(Iterator<T> rows, String name) {
        reader = new Thread(() -> read(rows), "read-ahead " + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<T> rows) {
        try {
            List<T> batch = new ArrayList<>(BATCH);
            while (!closed && rows.hasNext()) {
                batch.add(rows.next());
                if (batch.size() == BATCH) {
                    hand(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            hand(batch);
            hand(END);
        } catch (RuntimeException failure) {
            hand(failure);
        }
    }

    private void hand(Object item) {
        try {
            while (!closed && !batches.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the import is busy storing; wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            Object next;
            try {
                next = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
            if (next == END) {
                ended = true;
            } else if (next instanceof RuntimeException failure) {
                ended = true;
                throw failure;
            } else {
                current = ((List<T>) next).iterator();
            }
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        closed = true;
        batches.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
