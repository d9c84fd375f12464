package se.syfte.imports;

/** Hears how far an import has come: rows read, of how many there are (-1 while that is not known). */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    void read(long done, long total);
}
