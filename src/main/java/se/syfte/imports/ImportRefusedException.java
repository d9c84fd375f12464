package se.syfte.imports;

/**
 * A file the import will not read at all: the wrong type, or not readable. What it says is an
 * {@link ImportText}: its message is the English, a page says it in its reader's language.
 */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportText text;

    public ImportRefusedException(ImportText text) {
        super(text.english());
        this.text = text;
    }

    /** A refusal in Syfte's words; the failure beneath is kept for the log, never shown. */
    public ImportRefusedException(ImportText text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    public ImportText text() {
        return text;
    }
}
