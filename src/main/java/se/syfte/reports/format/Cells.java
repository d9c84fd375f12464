package se.syfte.reports.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import se.syfte.reports.Column;

/** Writes one cell as SPEC §4 asks: {@code .} decimals, rates to 4 places, amounts to 2, ISO dates. */
final class Cells {

    private Cells() {}

    static boolean isEmpty(Object cell) {
        return cell == null;
    }

    static String text(Column column, Object cell) {
        if (isEmpty(cell)) {
            return "";
        }
        Object value = typed(column, cell);
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /**
     * A text cell as a spreadsheet may open it without running it: one that begins with
     * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets
     * take as "this is text". Numbers are left as they are.
     */
    static String neutralised(Column column, Object cell) {
        String text = text(column, cell);
        return column.type() == se.syfte.reports.ColumnType.TEXT ? FormulaText.neutralised(text) : text;
    }

    /** The value with its column's rounding, for JSON: numbers stay numbers. */
    static Object typed(Column column, Object cell) {
        if (isEmpty(cell)) {
            return null;
        }
        return switch (column.type()) {
            case RATE -> round(cell, 4);
            case AMOUNT, HOURS -> round(cell, 2);
            case DAYS -> round(cell, 1);
            case INTEGER -> ((Number) cell).longValue();
            case DATE -> ((LocalDate) cell).toString();
            case BOOLEAN -> (Boolean) cell;
            case TEXT -> cell.toString();
        };
    }

    private static BigDecimal round(Object number, int places) {
        BigDecimal decimal = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
        return decimal.setScale(places, RoundingMode.HALF_UP);
    }
}
