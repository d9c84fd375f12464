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
public final class CsvSource {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSource() {}

    public static SourceTable read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> notes = new ArrayList<>();
        String text = decode(bytes, notes);
        char separator = separator(text);
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        List<String> headers = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                int line = (int) record.getStartingLineNumber();
                if (headers == null) {
                    headers = record.getFields();
                } else {
                    rows.add(new SourceTable.SourceRow(line, record.getFields()));
                }
            }
        }
        return new SourceTable(file.getFileName().toString(), null, headers == null ? List.of() : headers, rows, notes);
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
