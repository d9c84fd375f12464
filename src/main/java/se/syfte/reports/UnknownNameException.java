package se.syfte.reports;

import java.util.List;

/** A salesperson or team named in a request that the organisation (or the caller's scope) does not have. */
public class UnknownNameException extends RuntimeException {

    public UnknownNameException(String what, String name, List<String> known) {
        super("There is no " + what + " '" + name + "'"
                + (known.isEmpty()
                        ? "."
                        : "; there are " + String.join(", ", known.subList(0, Math.min(10, known.size())))
                                + (known.size() > 10 ? " and " + (known.size() - 10) + " more." : ".")));
    }
}
