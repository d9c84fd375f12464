package se.syfte.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

/**
 * The organisation the web app shows, named by {@code serve --org}. Looked up on first use, which
 * {@code serve} makes at start-up so that an unknown code stops the server with a clear message.
 */
@Component
public class ServedOrganisation {

    private final OrganisationService organisations;
    private final String code;
    private volatile Organisation organisation;

    ServedOrganisation(
            OrganisationService organisations,
            @Value("${syfte.web.organisation:" + Organisation.DEFAULT_CODE + "}") String code) {
        this.organisations = organisations;
        this.code = code;
    }

    public Organisation get() {
        Organisation found = organisation;
        if (found == null) {
            found = organisations.require(code);
            organisation = found;
        }
        return found;
    }
}
