package se.syfte.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an import did. {@code stored} is false when nothing was stored: a dry run, or rejected
 * rows without {@code --on-error skip}. {@code tables} tells how each table's columns were read.
 */
public record ImportResult(
        boolean stored,
        Map<ImportKind, ImportCounts> counts,
        List<String> newCustomers,
        List<RowRejection> rejections,
        List<ImportText> notes,
        List<Path> rejectFiles,
        List<TableReading> tables) {}
