package se.syfte.organisation;

/** An organisation that cannot be made as given: which part is wrong, in one sentence. */
public class InvalidOrganisationException extends RuntimeException {

    public InvalidOrganisationException(String message) {
        super(message);
    }
}
