package se.syfte.customers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tier or owner that cannot be given: each wrong field and why, for the API's problem details. */
public class InvalidAssignmentException extends RuntimeException {

    private final transient Map<String, String> fields;

    InvalidAssignmentException(Map<String, String> fields) {
        super("the tier or owner is wrong: " + fields);
        // In the order the fields were checked, as the problem details list them.
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
