package se.syfte.imports;

/** A file the import will not read at all: the wrong type, or not readable. */
public class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String message) {
        super(message);
    }

    /** A refusal in Syfte's words; the failure beneath is kept for the log, never shown. */
    public ImportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
