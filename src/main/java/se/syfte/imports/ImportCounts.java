package se.syfte.imports;

import se.syfte.database.Upserted;

/** Rows of one kind: new ones stored, stored ones changed, and ones already there as they were. */
public record ImportCounts(int added, int updated, int unchanged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    public ImportCounts add(Upserted outcome) {
        return switch (outcome) {
            case ADDED -> new ImportCounts(added + 1, updated, unchanged);
            case UPDATED -> new ImportCounts(added, updated + 1, unchanged);
            case UNCHANGED -> new ImportCounts(added, updated, unchanged + 1);
        };
    }

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(added + other.added, updated + other.updated, unchanged + other.unchanged);
    }
}
