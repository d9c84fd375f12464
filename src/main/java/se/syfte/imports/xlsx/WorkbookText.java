package se.syfte.imports.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Whether any text cell of a workbook could be a value of interest, told from its shared strings
 * without reading its rows. Excel keeps every text cell's value once in the shared strings; a
 * sheet may also hold text inline (as some writers do) or as a formula's result, and then only
 * reading the rows tells, so the answer is yes.
 */
final class WorkbookText {

    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final byte[] INLINE_STRING = "inlineStr".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FORMULA_STRING = "str".getBytes(StandardCharsets.US_ASCII);
    /** {@code t="inlineStr"}: the type attribute, its quotes and the longer type. */
    private static final int LONGEST_TYPE = 3 + INLINE_STRING.length + 1;

    private WorkbookText() {}

    static boolean mayHold(Path file, Predicate<String> text) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/")
                        && entry.getName().endsWith(".xml")) {
                    try (InputStream sheet = zip.getInputStream(entry)) {
                        if (holdsTextOfItsOwn(sheet)) {
                            return true;
                        }
                    }
                }
            }
            ZipEntry shared = zip.getEntry(SHARED_STRINGS);
            if (shared == null) {
                return false;
            }
            try (InputStream strings = zip.getInputStream(shared)) {
                return anySharedString(strings, text);
            }
        } catch (IOException | XMLStreamException e) {
            // A workbook whose strings cannot be read this way is read row by row, which names what is wrong.
            return true;
        }
    }

    /**
     * A sheet's bytes hold a cell typed {@code t="inlineStr"} (an inline string) or
     * {@code t="str"} (a formula's text result): one pass looking for {@code t=} and a quote.
     */
    private static boolean holdsTextOfItsOwn(InputStream sheet) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int kept = 0;
        for (int read = sheet.read(buffer, kept, buffer.length - kept);
                read >= 0;
                read = sheet.read(buffer, kept, buffer.length - kept)) {
            int end = kept + read;
            int i = 0;
            for (; i + LONGEST_TYPE < end; i++) {
                if (buffer[i] == 't' && buffer[i + 1] == '=' && (buffer[i + 2] == '"' || buffer[i + 2] == '\'')) {
                    if (typed(buffer, i + 3, INLINE_STRING) || typed(buffer, i + 3, FORMULA_STRING)) {
                        return true;
                    }
                }
            }
            // Keep the tail, where a type may continue into the next read.
            kept = end - i;
            System.arraycopy(buffer, i, buffer, 0, kept);
        }
        return false;
    }

    private static boolean typed(byte[] buffer, int from, byte[] type) {
        for (int j = 0; j < type.length; j++) {
            if (buffer[from + j] != type[j]) {
                return false;
            }
        }
        byte after = buffer[from + type.length];
        return after == '"' || after == '\'';
    }

    /** Each shared string is the text of its {@code <t>} elements together (rich text has several). */
    private static boolean anySharedString(InputStream strings, Predicate<String> text) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(strings);
        try {
            StringBuilder item = new StringBuilder();
            boolean inText = false;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamReader.START_ELEMENT -> {
                        if (xml.getLocalName().equals("si")) {
                            item.setLength(0);
                        }
                        inText = xml.getLocalName().equals("t");
                    }
                    case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA -> {
                        if (inText) {
                            item.append(xml.getText());
                        }
                    }
                    case XMLStreamReader.END_ELEMENT -> {
                        inText = false;
                        if (xml.getLocalName().equals("si") && text.test(item.toString())) {
                            return true;
                        }
                    }
                    default -> {}
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }
}
