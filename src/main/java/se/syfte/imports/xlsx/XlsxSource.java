package se.syfte.imports.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import se.syfte.imports.SourceTable;

/** The visible sheets of a workbook as tables, read row by row; the first non-empty row is the header. */
public final class XlsxSource {

    private XlsxSource() {}

    public static List<SourceTable> read(Path file) throws IOException {
        List<SourceTable> tables = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    tables.add(new SourceTable(
                            file.getFileName().toString(),
                            sheet.getName(),
                            List.of(),
                            List.of(),
                            List.of("hidden sheet, not read")));
                    continue;
                }
                tables.add(table(file, sheet));
            }
        }
        return tables;
    }

    private static SourceTable table(Path file, Sheet sheet) throws IOException {
        List<String> headers = null;
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = cells(row);
                if (headers == null) {
                    if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                        headers = cells;
                    }
                } else {
                    rows.add(new SourceTable.SourceRow(row.getRowNum(), cells));
                }
            }
        }
        return new SourceTable(
                file.getFileName().toString(), sheet.getName(), headers == null ? List.of() : headers, rows, List.of());
    }

    /** Numbers as plain decimals (a date cell is its Excel serial number, which imports read as a date). */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getValue() == null) {
                cells.add("");
            } else if (cell.getValue() instanceof BigDecimal number) {
                cells.add(number.stripTrailingZeros().toPlainString());
            } else {
                cells.add(cell.getText());
            }
        }
        return cells;
    }
}
