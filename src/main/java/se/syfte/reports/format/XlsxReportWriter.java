package se.syfte.reports.format;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.syfte.reports.Column;
import se.syfte.reports.Report;
import se.syfte.reports.ReportTable;

/**
 * A report as a workbook: one sheet per section, headed in the reader's language, with typed
 * cells (numbers as numbers in their format, rates as percent, dates as dates), the header row
 * frozen and filtered, columns as wide as their text, and text a spreadsheet would run as a
 * formula neutralised as in the CSV.
 */
final class XlsxReportWriter implements ReportWriter {

    /** Excel's limit on a sheet's name. */
    private static final int LONGEST_SHEET_NAME = 31;

    private static final int WIDEST = 60;

    private final UnaryOperator<String> words;

    /** @param words a message key in the reader's language, or null when the bundles have none */
    XlsxReportWriter(UnaryOperator<String> words) {
        this.words = words;
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(new KeptOpen(out), "Syfte", "1.0");
        Set<String> sheetNames = new HashSet<>();
        for (ReportTable table : report.sections()) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table, sheetNames));
            write(table, sheet);
        }
        workbook.finish();
    }

    private void write(ReportTable table, Worksheet sheet) {
        List<Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String heading = or(
                    words.apply("column." + columns.get(c).name()),
                    columns.get(c).name());
            sheet.value(0, c, heading);
            sheet.style(0, c).bold().set();
            widths[c] = heading.length();
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                widths[c] = Math.max(widths[c], cell(sheet, r, c, columns.get(c), row.get(c)));
            }
            r++;
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, Math.min(WIDEST, widths[c] + 2));
        }
        sheet.freezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(0, 0, Math.max(0, r - 1), columns.size() - 1);
        }
    }

    /** Writes one cell; its text's length, for the column's width. */
    private static int cell(Worksheet sheet, int r, int c, Column column, Object cell) {
        Object value = Cells.typed(column, cell);
        if (value == null) {
            return 0;
        }
        switch (column.type()) {
            case TEXT -> sheet.value(r, c, FormulaText.neutralised(value.toString()));
            case BOOLEAN -> sheet.value(r, c, (Boolean) value);
            case DATE -> {
                sheet.value(r, c, LocalDate.parse(value.toString()));
                sheet.style(r, c).format("yyyy-mm-dd").set();
                return 10;
            }
            default -> {
                sheet.value(r, c, (Number) value);
                sheet.style(r, c).format(format(column)).set();
            }
        }
        return value instanceof BigDecimal decimal
                ? decimal.toPlainString().length()
                : value.toString().length();
    }

    private static String format(Column column) {
        return switch (column.type()) {
            case RATE -> "0%";
            case AMOUNT -> "#,##0.00";
            case HOURS, DAYS -> "0.0";
            default -> "0";
        };
    }

    /** The section's title in the reader's words, cut to Excel's limit, made unique in the workbook. */
    private String sheetName(ReportTable table, Set<String> taken) {
        String title = or(words.apply("report." + table.title()), table.title())
                .replaceAll("[\\\\/?*\\[\\]:]", " ")
                .strip();
        String name = title.isEmpty() ? "Syfte" : title;
        name = name.length() > LONGEST_SHEET_NAME ? name.substring(0, LONGEST_SHEET_NAME) : name;
        String unique = name;
        for (int n = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " " + n;
            unique = name.substring(0, Math.min(name.length(), LONGEST_SHEET_NAME - suffix.length())) + suffix;
        }
        return unique;
    }

    private static String or(String word, String otherwise) {
        return word == null || word.isBlank() ? otherwise : word;
    }
}
