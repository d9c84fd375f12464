package se.syfte.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A file's tables as an import reads them, with the default options on a fixed day. */
final class TablesOfFile {

    private static final ImportOptions DEFAULTS =
            new ImportOptions(false, false).calendarWindowFrom(LocalDate.of(2026, 12, 1));

    private TablesOfFile() {}

    static List<SourceTable> read(Path file) {
        return read(file, ImportLimits.DEFAULTS);
    }

    static List<SourceTable> read(Path file, ImportLimits limits) {
        return ImportFiles.read(file, limits, DEFAULTS, ZoneId.of("Europe/Stockholm"));
    }
}
