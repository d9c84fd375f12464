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
import se.syfte.reports.format.FormulaText;

/**
 * Writes the rejected rows beside their source (or where {@code --rejects} says), in its own
 * format, with the reason as an extra last column: correct them and import the reject file
 * again. A CSV cell that a spreadsheet would run as a formula is neutralised as in exports; when
 * the source's folder cannot be written, the file goes to the working directory.
 */
final class RejectFiles {

    private RejectFiles() {}

    /**
     * @param sources each source file, by its name
     * @param chosen the reject file asked for, or null; with several sources each gets its own
     *     beside it, named by both
     */
    static List<Path> write(
            Map<String, Path> sources, Path chosen, List<RowRejection> rejections, List<ImportRows.Source> rows)
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
            String extension = workbook ? ".xlsx" : ".csv";
            Path target = chosen == null
                    ? writable(source.resolveSibling(stem + ".rejected" + extension))
                    : byFile.size() == 1 ? chosen : chosen.resolveSibling(stemOf(chosen) + "-" + stem + extension);
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

    /** The path itself when its folder can be written, else the same name in the working directory. */
    private static Path writable(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        return folder != null && Files.isWritable(folder)
                ? target
                : Path.of("").toAbsolutePath().resolve(target.getFileName());
    }

    private static String stemOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
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
                List<String> cells = new ArrayList<>();
                source.row().cells().forEach(cell -> cells.add(safe(cell)));
                while (cells.size() < table.getKey().headers().size()) {
                    cells.add("");
                }
                cells.add(safe(reasons(source, rejections)));
                csv.writeRecord(cells);
            }
        }
    }

    /** A cell as a spreadsheet may open it; a number such as {@code -5} is left a number. */
    private static String safe(String cell) {
        return Values.decimal(cell).isPresent() ? cell : FormulaText.neutralised(cell);
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
