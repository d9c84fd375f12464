package se.syfte.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import se.syfte.imports.csv.CsvFile;
import se.syfte.imports.ics.IcsFile;
import se.syfte.imports.xlsx.XlsxSource;

/**
 * Reads a file as tables by its type: a workbook (.xlsx), CSV (.csv, .txt) or a calendar (.ics);
 * other files, files beyond the limits and files that cannot be read are refused, naming the file.
 */
public final class ImportFiles {

    private ImportFiles() {}

    /** Calendar meetings are expanded in the options' calendar window, at the organisation's zone. */
    public static List<SourceTable> read(Path file, ImportLimits limits, ImportOptions options, ZoneId zone) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (java.nio.file.Files.size(file) == 0) {
                throw new ImportRefusedException(
                        ImportText.refusal("empty", file.getFileName().toString()));
            }
            limits.checkFile(file);
            List<SourceTable> tables = name.endsWith(".xlsx")
                    ? XlsxSource.read(file)
                    : name.endsWith(".csv") || name.endsWith(".txt")
                            ? List.of(CsvFile.read(file))
                            : name.endsWith(".ics") || options.format() == ImportFormat.ICS
                                    ? List.of(IcsFile.read(file, options.calendarFrom(), options.calendarTo(), zone))
                                    : null;
            if (tables != null) {
                tables.forEach(limits::checkColumns);
                return tables;
            }
        } catch (ImportRefusedException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw ReadFailure.of(file.getFileName().toString(), e);
        }
        throw new ImportRefusedException(
                ImportText.refusal("type", file.getFileName().toString()));
    }
}
