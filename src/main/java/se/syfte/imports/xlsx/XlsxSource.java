package se.syfte.imports.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import se.syfte.imports.ImportText;
import se.syfte.imports.ReadFailure;
import se.syfte.imports.SourceRows;
import se.syfte.imports.SourceTable;

/**
 * The visible sheets of a workbook as tables; the first non-empty row is the header. The rows
 * below it are streamed from the file each time they are read, never held whole.
 */
public final class XlsxSource {

    private XlsxSource() {}

    public static List<SourceTable> read(Path file) throws IOException {
        List<SourceTable> tables = new ArrayList<>();
        String name = file.getFileName().toString();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    tables.add(new SourceTable(
                            name,
                            sheet.getName(),
                            List.of(),
                            SourceRows.of(List.of()),
                            List.of(ImportText.note("hiddenSheet"))));
                    continue;
                }
                SourceTable.SourceRow header = header(sheet);
                tables.add(new SourceTable(
                        name,
                        sheet.getName(),
                        header == null ? List.of() : header.cells(),
                        header == null ? SourceRows.of(List.of()) : new Below(file, sheet.getIndex(), header.number()),
                        List.of()));
            }
        }
        return tables;
    }

    private static SourceTable.SourceRow header(Sheet sheet) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.map(XlsxSource::row)
                    .filter(row -> !row.isBlank())
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A sheet's rows below its header. */
    private record Below(Path file, int sheetIndex, int headerRow) implements SourceRows {

        @Override
        public Stream<SourceTable.SourceRow> open() {
            return rowsBelow(file, sheetIndex, headerRow);
        }

        @Override
        public boolean mayHoldText(Predicate<String> text) {
            return WorkbookText.mayHold(file, text);
        }
    }

    private static Stream<SourceTable.SourceRow> rowsBelow(Path file, int sheetIndex, int headerRow) {
        String place = file.getFileName().toString();
        try {
            ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
            Stream<Row> rows = workbook.getSheet(sheetIndex).orElseThrow().openStream();
            Iterator<SourceTable.SourceRow> below = rows.filter(row -> row.getRowNum() > headerRow)
                    .map(XlsxSource::row)
                    .iterator();
            return SourceRows.reading(place, below, () -> {
                rows.close();
                try {
                    workbook.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw ReadFailure.of(place, e);
        }
    }

    /**
     * Numbers as the file writes them (a date cell is its Excel serial number, which imports read
     * as a date); a number written in exponent form is turned into a plain decimal.
     */
    private static SourceTable.SourceRow row(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getValue() == null) {
                cells.add("");
            } else if (cell.getType() == CellType.NUMBER) {
                String raw = cell.getRawValue();
                cells.add(
                        raw.indexOf('E') < 0 && raw.indexOf('e') < 0
                                ? raw
                                : new BigDecimal(raw).stripTrailingZeros().toPlainString());
            } else {
                cells.add(cell.getText());
            }
        }
        return new SourceTable.SourceRow(row.getRowNum(), cells);
    }
}
