package se.syfte.imports;

/** Hears how far an import has come: rows stored (added, updated or found unchanged) of all to store. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    void stored(int done, int total);
}
