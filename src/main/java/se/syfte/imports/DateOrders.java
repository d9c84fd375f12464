package se.syfte.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * The day/month order of slashed dates per column, which only the whole column tells. A table is
 * read assuming day first while its columns are tallied; when a column turns out to be written
 * month first (or both ways), the order is learned here and the import starts again, since its
 * rows went to the database inside one transaction that is then rolled back. Only such files
 * are read twice.
 */
final class DateOrders {

    /** Thrown to start the import again, now that a column's order is known. */
    static final class Learned extends RuntimeException {
        Learned(String column) {
            super("learned the date order of " + column, null, false, false);
        }
    }

    private final Map<String, Values.SlashOrder> learned = new HashMap<>();

    Values.SlashOrder of(SourceTable table, String header) {
        return learned.getOrDefault(key(table, header), Values.SlashOrder.NONE);
    }

    void learn(SourceTable table, String header, Values.SlashOrder order) {
        learned.put(key(table, header), order);
        throw new Learned(key(table, header));
    }

    private static String key(SourceTable table, String header) {
        return table.place() + " / " + header;
    }
}
