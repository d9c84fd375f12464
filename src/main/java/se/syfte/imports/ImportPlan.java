package se.syfte.imports;

import java.util.ArrayList;
import java.util.List;

/** What reading the files gave besides the rows understood: the rows rejected, and what else is worth saying. */
public final class ImportPlan {

    final List<RowRejection> rejections = new ArrayList<>();
    final List<ImportRows.Source> rejectedRows = new ArrayList<>();
    final List<ImportText> notes = new ArrayList<>();
    final List<TableReading> tables = new ArrayList<>();

    public List<RowRejection> rejections() {
        return List.copyOf(rejections);
    }

    public List<ImportText> notes() {
        return List.copyOf(notes);
    }

    /** How each table in Syfte's layout or read through a mapping was read, column by column. */
    public List<TableReading> tables() {
        return List.copyOf(tables);
    }
}
