package se.syfte.imports;

/** A row that was not imported, with where and why: file, sheet, row, column, the value and the reason. */
public record RowRejection(String file, String sheet, int row, String column, String value, ImportText reason) {

    @Override
    public String toString() {
        return file + (sheet == null ? "" : " [" + sheet + "]") + ", row " + row
                + (column == null ? "" : ", column " + column)
                + (value == null || value.isEmpty() ? "" : ", '" + value + "'")
                + ": " + reason;
    }
}
