package se.syfte.reports.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import se.syfte.reports.Column;
import se.syfte.reports.ColumnType;
import se.syfte.reports.Report;
import se.syfte.reports.ReportTable;

/** Aligned text for a terminal: numbers to the right, text to the left. */
final class TableReportWriter extends TextReportWriter {

    @Override
    public String mediaType() {
        return "text/plain;charset=UTF-8";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        boolean sections = report.sections().size() > 1;
        for (ReportTable table : report.sections()) {
            if (sections) {
                out.write(table.title() + "\n");
            }
            List<String[]> lines = new ArrayList<>();
            lines.add(table.columns().stream().map(Column::name).toArray(String[]::new));
            for (var row : table.rows()) {
                String[] cells = new String[row.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = Cells.text(table.columns().get(i), row.get(i));
                }
                lines.add(cells);
            }
            int[] widths = new int[table.columns().size()];
            for (String[] line : lines) {
                for (int i = 0; i < line.length; i++) {
                    widths[i] = Math.max(widths[i], line[i].codePointCount(0, line[i].length()));
                }
            }
            for (String[] line : lines) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < line.length; i++) {
                    String pad = " ".repeat(widths[i] - line[i].codePointCount(0, line[i].length()));
                    boolean right = isNumeric(table.columns().get(i).type());
                    text.append(i == 0 ? "" : "  ").append(right ? pad + line[i] : line[i] + pad);
                }
                out.write(text.toString().stripTrailing() + "\n");
            }
            if (sections) {
                out.write("\n");
            }
        }
        out.flush();
    }

    private static boolean isNumeric(ColumnType type) {
        return switch (type) {
            case INTEGER, RATE, AMOUNT, HOURS, DAYS -> true;
            default -> false;
        };
    }
}
