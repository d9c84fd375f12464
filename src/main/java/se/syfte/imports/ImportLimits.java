package se.syfte.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What an import will read at most, checked before reading: the file's size, and for a workbook
 * its sheets, the unpacked size of its parts and how far they are packed (a zip bomb packs
 * gigabytes into kilobytes). Columns are checked as the header is read.
 */
public record ImportLimits(
        long maxFileBytes, int maxSheets, int maxColumns, long maxUnpackedBytes, int maxPackingRatio) {

    public static final ImportLimits DEFAULTS = new ImportLimits(100L << 20, 50, 1000, 1L << 30, 200);

    public void checkFile(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxFileBytes) {
            throw new ImportRefusedException(ImportText.refusal(
                    "fileSize", file.getFileName().toString(), readable(size), readable(maxFileBytes)));
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            checkWorkbook(file);
        }
    }

    private void checkWorkbook(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long unpacked = 0;
            int sheets = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    sheets++;
                }
                // Counted by inflating it, never by the size the zip declares, which may be forged.
                long size = measured(zip, entry, maxUnpackedBytes - unpacked);
                unpacked += size;
                long packed = Math.max(1, entry.getCompressedSize());
                if (size > 1 << 20 && size / packed > maxPackingRatio) {
                    throw refused(file, "packing", entry.getName(), size / packed, maxPackingRatio);
                }
            }
            if (sheets > maxSheets) {
                throw refused(file, "sheets", sheets, maxSheets);
            }
            if (unpacked > maxUnpackedBytes) {
                throw refused(file, "unpacked", unpacked >> 20, maxUnpackedBytes >> 20);
            }
        } catch (ZipException notAZip) {
            throw refused(file, "notWorkbook");
        }
    }

    /** The bytes the entry inflates to, counted no further than just past {@code room}. */
    private static long measured(ZipFile zip, ZipEntry entry, long room) throws IOException {
        try (var in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while (total <= room && (read = in.read(buffer)) > 0) {
                total += read;
            }
            return total;
        }
    }

    void checkColumns(SourceTable table) {
        if (table.headers().size() > maxColumns) {
            throw new ImportRefusedException(
                    ImportText.refusal("columns", table.place(), table.headers().size(), maxColumns));
        }
    }

    private static String readable(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : Math.max(1, bytes >> 10) + " kB";
    }

    private static ImportRefusedException refused(Path file, String why, Object... values) {
        Object[] arguments = new Object[values.length + 1];
        arguments[0] = file.getFileName().toString();
        System.arraycopy(values, 0, arguments, 1, values.length);
        return new ImportRefusedException(ImportText.refusal(why, arguments));
    }
}
