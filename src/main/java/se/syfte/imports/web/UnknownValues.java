package se.syfte.imports.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.syfte.imports.ImportKind;
import se.syfte.imports.ImportResult;
import se.syfte.imports.RowRejection;
import se.syfte.imports.TableReading;

/**
 * The values of a file's purpose and deal-status columns that Syfte did not know, each once, for
 * the mapping step to ask what they stand for.
 */
record UnknownValues(String column, String field, String value) {

    /** Values asked about per column at most, so that a file of free text does not make a page of them. */
    static final int PER_COLUMN = 30;

    static List<UnknownValues> of(ImportResult result) {
        List<UnknownValues> unknown = new ArrayList<>();
        for (TableReading table : result.tables()) {
            for (TableReading.Column column : table.columns()) {
                if (!coded(table.kind(), column.field())) {
                    continue;
                }
                Set<String> values = new LinkedHashSet<>();
                for (RowRejection rejection : result.rejections()) {
                    if (rejection.file().equals(table.file())
                            && java.util.Objects.equals(rejection.sheet(), table.sheet())
                            && column.header().equalsIgnoreCase(rejection.column())
                            && rejection.value() != null
                            && !rejection.value().isBlank()
                            && values.size() < PER_COLUMN) {
                        values.add(rejection.value().strip());
                    }
                }
                values.forEach(value -> unknown.add(new UnknownValues(column.header(), column.field(), value)));
            }
        }
        return unknown;
    }

    /** The fields whose values are codes: a visit's or target's purpose, a deal's status. */
    private static boolean coded(ImportKind kind, String field) {
        return "purpose".equals(field) && (kind == ImportKind.VISITS || kind == ImportKind.TARGETS)
                || "status".equals(field) && kind == ImportKind.DEALS;
    }
}
