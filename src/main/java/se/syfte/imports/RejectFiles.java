package se.syfte.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.syfte.imports.csv.CsvFile;

/**
 * Writes the rejected rows beside their source, in its own format, with the reason as an extra
 * last column: correct them and import the reject file again.
 */
final class RejectFiles {

    private RejectFiles() {}

    /** @param sources each source file, by its name */
    static List<Path> write(Map<String, Path> sources, List<RowRejection> rejections, List<ImportRows.Source> rows)
            throws IOException {
        Map<String, Map<SourceTable, List<ImportRows.Source>>> byFile = new LinkedHashMap<>();
        for (ImportRows.Source source : rows) {
            byFile.computeIfAbsent(source.table().file(), file -> new LinkedHashMap<>())
                    .computeIfAbsent(source.table(), table -> new ArrayList<>())
                    .add(source);
        }
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Map<SourceTable, List<ImportRows.Source>>> file : byFile.entrySet()) {
            String name = file.getKey();
            int dot = name.lastIndexOf('.');
            String stem = dot < 0 ? name : name.substring(0, dot);
            boolean workbook = name.toLowerCase().endsWith(".xlsx");
            Path source = sources.get(name);
            Path target = source.resolveSibling(stem + ".rejected" + (workbook ? ".xlsx" : ".csv"));
            if (workbook) {
                writeWorkbook(target, file.getValue(), rejections);
            } else {
                writeCsv(
                        target,
                        CsvFile.Dialect.of(source),
                        file.getValue().entrySet().iterator().next(),
                        rejections);
            }
            files.add(target);
        }
        return files;
    }

    private static String reasons(ImportRows.Source source, List<RowRejection> rejections) {
        return String.join(
                "; ",
                rejections.stream()
                        .filter(r -> r.file().equals(source.table().file())
                                && java.util.Objects.equals(
                                        r.sheet(), source.table().sheet())
                                && r.row() == source.row().number())
                        .map(r -> (r.column() == null ? "" : r.column() + ": ") + r.reason())
                        .toList());
    }

    /** In the source's own character set, byte order mark and separator, so that it opens as the source did. */
    private static void writeCsv(
            Path target,
            CsvFile.Dialect dialect,
            Map.Entry<SourceTable, List<ImportRows.Source>> table,
            List<RowRejection> rejections)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            if (dialect.byteOrderMark()) {
                out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            }
            writeCsvRows(
                    CsvWriter.builder()
                            .fieldSeparator(dialect.separator())
                            .build(new java.io.OutputStreamWriter(out, dialect.charset())),
                    table,
                    rejections);
        }
    }

    private static void writeCsvRows(
            CsvWriter csv, Map.Entry<SourceTable, List<ImportRows.Source>> table, List<RowRejection> rejections)
            throws IOException {
        try (csv) {
            List<String> header = new ArrayList<>(table.getKey().headers());
            header.add("reason");
            csv.writeRecord(header);
            for (ImportRows.Source source : table.getValue()) {
                List<String> cells = new ArrayList<>(source.row().cells());
                while (cells.size() < table.getKey().headers().size()) {
                    cells.add("");
                }
                cells.add(reasons(source, rejections));
                csv.writeRecord(cells);
            }
        }
    }

    private static void writeWorkbook(
            Path target, Map<SourceTable, List<ImportRows.Source>> tables, List<RowRejection> rejections)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            Workbook workbook = new Workbook(out, "Syfte", "1.0");
            for (Map.Entry<SourceTable, List<ImportRows.Source>> table : tables.entrySet()) {
                Worksheet sheet = workbook.newWorksheet(table.getKey().sheet());
                List<String> headers = table.getKey().headers();
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(0, c, headers.get(c));
                }
                sheet.value(0, headers.size(), "reason");
                int r = 1;
                for (ImportRows.Source source : table.getValue()) {
                    List<String> cells = source.row().cells();
                    for (int c = 0; c < cells.size(); c++) {
                        sheet.value(r, c, cells.get(c));
                    }
                    sheet.value(r, headers.size(), reasons(source, rejections));
                    r++;
                }
            }
            workbook.finish();
        }
    }
}
