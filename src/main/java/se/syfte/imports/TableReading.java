package se.syfte.imports;

import java.io.Serializable;
import java.util.List;

/**
 * How one table of a file was read: its kind and, for each of its columns in the file's order,
 * the field it was read as (none when not read) with a few of its values, so that a person can
 * see and correct the reading. Tables Syfte translated itself (CRM exports, calendars) have none.
 */
public record TableReading(String file, String sheet, ImportKind kind, List<Column> columns) implements Serializable {

    public TableReading {
        columns = List.copyOf(columns);
    }

    /** A column of the file: its header, the key of the field it was read as or null, and its first values. */
    public record Column(String header, String field, List<String> samples) implements Serializable {

        public Column {
            samples = List.copyOf(samples);
        }
    }

    public String place() {
        return sheet == null ? file : file + " [" + sheet + "]";
    }
}
