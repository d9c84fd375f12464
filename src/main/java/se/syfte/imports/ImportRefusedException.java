package se.syfte.imports;

/** A file the import will not read at all: the wrong type, or not readable. */
public class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String message) {
        super(message);
    }
}
