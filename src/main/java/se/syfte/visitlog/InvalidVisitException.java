package se.syfte.visitlog;

import java.util.Map;

/**
 * A visit that cannot be stored as given: for each field that is wrong, in the form's order, the
 * key of the message that says why ({@code visit.wrong.…}), for a page to say in its reader's language.
 */
public class InvalidVisitException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidVisitException(Map<String, String> fields) {
        super("invalid visit: " + fields);
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
