package se.syfte.organisation;

public class OrganisationExistsException extends RuntimeException {

    public OrganisationExistsException(String message) {
        super(message);
    }
}
