package se.syfte.database;

/** What storing a row by its key did: added it, changed the stored row, or found it as it was. */
public enum Upserted {
    ADDED,
    UPDATED,
    UNCHANGED
}
