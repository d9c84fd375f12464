package se.syfte.organisation;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.organisation.db.OrganisationRepository;
import se.syfte.purposes.db.PurposeRepository;

/** Finds organisations by code and creates them with the default purpose set. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final PurposeRepository purposes;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, PurposeRepository purposes, Clock clock) {
        this.organisations = organisations;
        this.purposes = purposes;
        this.clock = clock;
    }

    /** Today where the organisation is, which is what its people call today. */
    public LocalDate today(Organisation organisation) {
        return LocalDate.now(clock.withZone(organisation.timeZone()));
    }

    /** The organisation with this code; the default one is created the first time it is asked for. */
    @Transactional
    public Organisation require(String code) {
        return organisations.findByCode(code).orElseGet(() -> {
            if (!Organisation.DEFAULT_CODE.equals(code)) {
                throw new UnknownOrganisationException(code, organisations.codes());
            }
            return create(code, "Syfte");
        });
    }

    /** The organisation of a signed-in account, which exists while the account does. */
    public Organisation byId(long id) {
        return organisations.findById(id).orElseThrow();
    }

    /** Creates an organisation with the default purposes; the caller's transaction covers both. */
    @Transactional
    public Organisation create(String code, String name) {
        if (organisations.findByCode(code).isPresent()) {
            throw new OrganisationExistsException("The organisation '" + code + "' already exists.");
        }
        long id = organisations.insert(code, name);
        purposes.insertDefaults(id);
        return organisations.findByCode(code).orElseThrow();
    }

    @Transactional
    public void delete(Organisation organisation) {
        organisations.delete(organisation.id());
    }
}
