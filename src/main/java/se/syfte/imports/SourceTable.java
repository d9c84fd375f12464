package se.syfte.imports;

import java.util.List;

/**
 * One table read from a file: a sheet of a workbook, or a CSV file. Row numbers are those a
 * person sees in the file (the header row is 1 when it is the first line).
 */
public record SourceTable(String file, String sheet, List<String> headers, SourceRows rows, List<ImportText> notes) {

    /**
     * One row; a row that is not data (a total or notice below a report's data) carries why it
     * is skipped, which the import reports.
     */
    public record SourceRow(int number, List<String> cells, ImportText skipped) {

        public SourceRow(int number, List<String> cells) {
            this(number, cells, null);
        }

        public String cell(int index) {
            return index < cells.size() && cells.get(index) != null
                    ? cells.get(index).strip()
                    : "";
        }

        public boolean isBlank() {
            for (String cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Where a message about this table points: the file, and the sheet when there is one. */
    public String place() {
        return sheet == null ? file : file + " [" + sheet + "]";
    }
}
