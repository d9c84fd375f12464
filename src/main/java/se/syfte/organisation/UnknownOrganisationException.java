package se.syfte.organisation;

import java.util.List;

public class UnknownOrganisationException extends RuntimeException {

    public UnknownOrganisationException(String code, List<String> known) {
        super("There is no organisation '" + code + "' in this database"
                + (known.isEmpty() ? "." : "; it has " + String.join(", ", known) + "."));
    }
}
