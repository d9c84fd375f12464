package se.syfte.imports.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.syfte.imports.SourceTable;

/**
 * A CSV file as a table: UTF-8 with or without a byte order mark, else Windows-1252; comma,
 * semicolon or tab, whichever the header line holds most of.
 */
public final class CsvFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvFile() {}

    public static SourceTable read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> notes = new ArrayList<>();
        String text = decode(bytes, notes);
        char separator = separator(text);
        List<SourceTable.SourceRow> lines = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                lines.add(new SourceTable.SourceRow((int) record.getStartingLineNumber(), record.getFields()));
            }
        }
        // Report exports put title lines above the header and totals and notices below the data:
        // lines of a single value, where the header has several. They are skipped and said so.
        int header = 0;
        while (header < lines.size() - 1 && filled(lines.get(header)) <= 1 && filled(lines.get(header + 1)) > 1) {
            notes.add("line " + lines.get(header).number() + " above the header skipped: '"
                    + lines.get(header).cell(0) + "'");
            header++;
        }
        int end = lines.size();
        while (end > header + 1 && filled(lines.get(header)) > 1 && filled(lines.get(end - 1)) == 1) {
            end--;
        }
        for (int i = end; i < lines.size(); i++) {
            notes.add("line " + lines.get(i).number() + " below the data skipped: '" + firstValue(lines.get(i)) + "'");
        }
        List<String> headers = lines.isEmpty() ? List.of() : lines.get(header).cells();
        List<SourceTable.SourceRow> rows = lines.isEmpty() ? List.of() : lines.subList(header + 1, end);
        return new SourceTable(file.getFileName().toString(), null, headers, List.copyOf(rows), notes);
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

    private static String decode(byte[] bytes, List<String> notes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            notes.add("read as Windows-1252 (not valid UTF-8)");
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
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
