package se.syfte.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.stereotype.Component;
import se.syfte.bench.db.BenchmarkDataset;
import se.syfte.imports.ImportOptions;
import se.syfte.imports.ImportRequest;
import se.syfte.imports.ImportResult;
import se.syfte.imports.ImportService;
import se.syfte.organisation.Organisation;

/**
 * Imports a large visits file, as a workbook and as CSV, against the floor of reading the same
 * file with its library alone. The visits name the salespeople and customers of a benchmark
 * organisation made beforehand (100 salespeople, 10,000 customers), as a real visits file names
 * those already in Syfte.
 */
@Component
public class ImportBenchmark {

    public static final int SALESPEOPLE = 100;
    private static final List<String> HEADERS = List.of("Id", "Datum", "Säljare", "Kund", "Syfte", "Minuter", "Kanal");
    private static final List<String> PURPOSES =
            List.of("RELATION", "PRESENTATION", "QUOTE", "NEGOTIATION", "REPORTING");
    private static final List<String> CHANNELS = List.of("på plats", "video", "telefon");
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 3);

    private final ImportService imports;
    private final BenchmarkDataset dataset;

    ImportBenchmark(ImportService imports, BenchmarkDataset dataset) {
        this.imports = imports;
        this.dataset = dataset;
    }

    /** One measured import: its time, the rows it added and the peak heap while it ran. */
    public record Run(double seconds, long added, long peakHeapBytes) {}

    public Run importVisits(Organisation organisation, Path file) {
        dataset.deleteVisits(organisation);
        System.gc();
        AnalyticsBenchmark.resetPeakHeap();
        long start = System.nanoTime();
        ImportResult result =
                imports.run(ImportRequest.of(organisation, List.of(file), new ImportOptions(false, false)));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!result.rejections().isEmpty()) {
            throw new IllegalStateException(
                    "the benchmark file was refused: " + result.rejections().get(0));
        }
        return new Run(
                seconds,
                result.counts().values().stream().mapToLong(c -> c.added()).sum(),
                AnalyticsBenchmark.peakHeapBytes());
    }

    /** The floor: every cell of the workbook read by fastexcel-reader, as text, and nothing else. */
    public static long readWorkbook(Path file) throws IOException {
        long cells = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells += row.getCellText(i).isEmpty() ? 0 : 1;
                }
            }
        }
        return cells;
    }

    /** The floor: every field of the CSV file read by FastCSV, and nothing else. */
    public static long readCsv(Path file) throws IOException {
        long fields = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord record : reader) {
                fields += record.getFieldCount();
            }
        }
        return fields;
    }

    public static void writeWorkbook(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Syfte", "1.0");
            Worksheet sheet = workbook.newWorksheet("Besök");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
            }
            for (int i = 0; i < rows; i++) {
                int r = i + 1;
                sheet.value(r, 0, "V" + i);
                sheet.value(r, 1, FIRST_DAY.plusDays(i % 1500));
                sheet.style(r, 1).format("yyyy-mm-dd").set();
                sheet.value(r, 2, salesperson(i));
                sheet.value(r, 3, customer(i));
                sheet.value(r, 4, PURPOSES.get(i % PURPOSES.size()));
                sheet.value(r, 5, minutes(i));
                sheet.value(r, 6, CHANNELS.get(i % CHANNELS.size()));
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }

    public static void writeCsv(Path file, int rows) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().build(file)) {
            csv.writeRecord(HEADERS);
            for (int i = 0; i < rows; i++) {
                csv.writeRecord(
                        "V" + i,
                        FIRST_DAY.plusDays(i % 1500).toString(),
                        salesperson(i),
                        customer(i),
                        PURPOSES.get(i % PURPOSES.size()),
                        Integer.toString(minutes(i)),
                        CHANNELS.get(i % CHANNELS.size()));
            }
        }
    }

    /** As the benchmark organisation names them: salesperson s has customers 100(s-1)+1 to 100s. */
    private static String salesperson(int i) {
        return "Salesperson " + (i % SALESPEOPLE + 1);
    }

    private static String customer(int i) {
        return "Customer " + ((i % SALESPEOPLE) * 100 + (i / SALESPEOPLE) % 100 + 1);
    }

    private static int minutes(int i) {
        return 30 + (i % 4) * 15;
    }
}
