package se.syfte.imports.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import se.syfte.imports.ImportRefusedException;
import se.syfte.imports.ImportText;
import se.syfte.imports.ReadFailure;
import se.syfte.imports.SourceRows;
import se.syfte.imports.SourceTable;

/**
 * A CSV file as a table: UTF-8 with or without a byte order mark, else Windows-1252; comma,
 * semicolon or tab, whichever the header line holds most of. The rows are streamed from the file
 * each time they are read.
 */
public final class CsvFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Report exports put at most a few title lines above the header. */
    private static final int TITLE_LINES = 50;

    private CsvFile() {}

    /** How a file is written, so that rows read from it can be written back the same way. */
    public record Dialect(Charset charset, boolean byteOrderMark, char separator) {

        public static Dialect of(Path file) throws IOException {
            Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            boolean bom;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] start = in.readNBytes(3);
                bom = start.length == 3
                        && (start[0] & 0xff) == 0xef
                        && (start[1] & 0xff) == 0xbb
                        && (start[2] & 0xff) == 0xbf;
            }
            String header;
            try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
                header = reader.readLine();
            }
            return new Dialect(charset, bom, CsvFile.separator(header == null ? "" : header));
        }

        CsvReader<CsvRecord> reader(Path file) throws IOException {
            return CsvReader.builder()
                    .fieldSeparator(separator)
                    .detectBomHeader(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .ofCsvRecord(file, charset);
        }
    }

    public static SourceTable read(Path file) throws IOException {
        refuseBinary(file);
        List<ImportText> notes = new ArrayList<>();
        Dialect dialect = Dialect.of(file);
        if (dialect.charset().equals(WINDOWS_1252)) {
            notes.add(ImportText.note("windows1252"));
        }
        List<SourceTable.SourceRow> head = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = dialect.reader(file)) {
            Iterator<CsvRecord> records = reader.iterator();
            while (records.hasNext() && head.size() < TITLE_LINES) {
                head.add(row(records.next()));
            }
        }
        // Report exports put title lines above the header and totals and notices below the data:
        // lines of a single value, where the header has several. They are skipped and said so.
        int header = 0;
        while (header < head.size() - 1 && filled(head.get(header)) <= 1 && filled(head.get(header + 1)) > 1) {
            notes.add(ImportText.note(
                    "aboveHeader", head.get(header).number(), head.get(header).cell(0)));
            header++;
        }
        String name = file.getFileName().toString();
        if (head.isEmpty()) {
            return new SourceTable(name, null, List.of(), SourceRows.of(List.of()), notes);
        }
        SourceTable.SourceRow headerRow = head.get(header);
        boolean footers = filled(headerRow) > 1;
        return new SourceTable(
                name, null, headerRow.cells(), () -> rowsBelow(file, dialect, headerRow.number(), footers), notes);
    }

    private static Stream<SourceTable.SourceRow> rowsBelow(
            Path file, Dialect dialect, int headerLine, boolean footers) {
        String place = file.getFileName().toString();
        try {
            CsvReader<CsvRecord> reader = dialect.reader(file);
            Iterator<CsvRecord> records = reader.iterator();
            return SourceRows.reading(place, new BelowTheHeader(records, headerLine, footers), () -> {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines below the header. Lines of a single value are held back until a line of several
     * follows (then they are data after all); those that end the file are totals and notices,
     * passed on marked as skipped.
     */
    private static final class BelowTheHeader implements Iterator<SourceTable.SourceRow> {
        private final Iterator<CsvRecord> records;
        private final int headerLine;
        private final boolean footers;
        private final Deque<SourceTable.SourceRow> ready = new ArrayDeque<>();
        private final Deque<SourceTable.SourceRow> heldBack = new ArrayDeque<>();
        private boolean ended;

        BelowTheHeader(Iterator<CsvRecord> records, int headerLine, boolean footers) {
            this.records = records;
            this.headerLine = headerLine;
            this.footers = footers;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !ended) {
                if (!records.hasNext()) {
                    ended = true;
                    heldBack.forEach(line -> ready.add(new SourceTable.SourceRow(
                            line.number(),
                            line.cells(),
                            ImportText.note("belowData", line.number(), firstValue(line)))));
                    heldBack.clear();
                    break;
                }
                SourceTable.SourceRow line = row(records.next());
                if (line.number() <= headerLine) {
                    continue;
                }
                if (footers && filled(line) == 1) {
                    heldBack.add(line);
                } else {
                    ready.addAll(heldBack);
                    heldBack.clear();
                    ready.add(line);
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public SourceTable.SourceRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }
    }

    private static SourceTable.SourceRow row(CsvRecord record) {
        return new SourceTable.SourceRow((int) record.getStartingLineNumber(), record.getFields());
    }

    private static long filled(SourceTable.SourceRow row) {
        return row.cells().stream()
                .filter(cell -> cell != null && !cell.isBlank())
                .count();
    }

    private static String firstValue(SourceTable.SourceRow row) {
        return row.cells().stream()
                .filter(cell -> cell != null && !cell.isBlank())
                .findFirst()
                .orElse("");
    }

    /**
     * A text file's first 8 kB are text: control characters other than tab and line breaks are a
     * few at most (one in a cell is that row's rejection), where a picture or program has one in
     * every ten bytes. A zip file's signature there is a workbook under a CSV name.
     */
    private static void refuseBinary(Path file) throws IOException {
        byte[] start = new byte[8192];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        String place = file.getFileName().toString();
        if (read >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            throw new ImportRefusedException(ImportText.refusal("zipAsCsv", place));
        }
        int control = 0;
        for (int i = 0; i < read; i++) {
            int b = start[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                control++;
            }
        }
        if (control > Math.max(4, read / 50)) {
            throw ReadFailure.notText(place, null);
        }
    }

    /** Reads the whole file through a strict decoder, a chunk at a time. */
    private static boolean isUtf8(Path file) throws IOException {
        char[] chunk = new char[1 << 16];
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (reader.read(chunk) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static char separator(String header) {
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
