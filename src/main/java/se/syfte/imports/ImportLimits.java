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
            throw new ImportRefusedException(file.getFileName() + ": refused, " + readable(size) + " is more than the "
                    + readable(maxFileBytes) + " an import reads (syfte.import.max-file-mb); split the file");
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
                    throw refused(
                            file,
                            "its part " + entry.getName() + " unpacks " + size / packed
                                    + " times its packed size, more than " + maxPackingRatio
                                    + ": it looks like a zip bomb");
                }
            }
            if (sheets > maxSheets) {
                throw refused(file, "it has " + sheets + " sheets, more than the " + maxSheets + " an import reads");
            }
            if (unpacked > maxUnpackedBytes) {
                throw refused(
                        file,
                        "it unpacks to " + (unpacked >> 20) + " MB, more than the " + (maxUnpackedBytes >> 20)
                                + " MB an import reads");
            }
        } catch (ZipException notAZip) {
            throw refused(file, "it is not an Excel workbook (.xlsx is a zip file, this is not)");
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
            throw new ImportRefusedException(table.place() + ": "
                    + table.headers().size() + " columns are more than the " + maxColumns + " an import reads");
        }
    }

    private static String readable(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : Math.max(1, bytes >> 10) + " kB";
    }

    private static ImportRefusedException refused(Path file, String why) {
        return new ImportRefusedException(file.getFileName() + ": refused, " + why);
    }
}
