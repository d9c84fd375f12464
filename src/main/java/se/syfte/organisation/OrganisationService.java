package se.syfte.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.organisation.db.OrganisationRepository;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.db.PurposeRepository;

/**
 * Finds organisations by code and creates them with the default purpose set; their teams and
 * salespeople, for the pages and APIs of every feature.
 */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final PurposeRepository purposes;
    private final TeamRepository teams;
    private final SalespersonRepository salespeople;
    private final Clock clock;

    OrganisationService(
            OrganisationRepository organisations,
            PurposeRepository purposes,
            TeamRepository teams,
            SalespersonRepository salespeople,
            Clock clock) {
        this.organisations = organisations;
        this.purposes = purposes;
        this.teams = teams;
        this.salespeople = salespeople;
        this.clock = clock;
    }

    /** The organisation's next-step days and cadence per tier (SPEC §5). */
    @Transactional
    public void changeFollowThrough(long org, FollowThrough settings) {
        organisations.saveFollowThrough(org, settings);
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
        return create(code, name, "SEK", "Europe/Stockholm");
    }

    /**
     * A new organisation with the default purposes; its code is lower-case letters, digits and
     * dashes, its currency an ISO 4217 code and its time zone one Java knows (an organisation's
     * "today" is its own).
     */
    @Transactional
    public Organisation create(String code, String name, String currency, String timeZone) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidOrganisationException(
                    "An organisation's code is 1 to 40 lower-case letters, digits and dashes, not '" + code + "'.");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidOrganisationException("An organisation's name is 1 to 200 characters.");
        }
        try {
            java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException notACurrency) {
            throw new InvalidOrganisationException("'" + currency + "' is not a currency code (SEK, EUR, NOK …).");
        }
        try {
            java.time.ZoneId.of(timeZone);
        } catch (java.time.DateTimeException | NullPointerException notAZone) {
            throw new InvalidOrganisationException("'" + timeZone + "' is not a time zone (Europe/Stockholm …).");
        }
        if (organisations.findByCode(code).isPresent()) {
            throw new OrganisationExistsException("The organisation '" + code + "' already exists.");
        }
        long id = organisations.insert(code, name.strip(), currency, timeZone);
        purposes.insertDefaults(id);
        return organisations.findByCode(code).orElseThrow();
    }

    /** Every organisation in the database, by code. */
    public List<Organisation> all() {
        return organisations.codes().stream()
                .map(code -> organisations.findByCode(code).orElseThrow())
                .toList();
    }

    @Transactional
    public void delete(Organisation organisation) {
        organisations.delete(organisation.id());
    }

    public List<Team> teams(long org) {
        return teams.findAll(org);
    }

    public List<Salesperson> salespeople(long org) {
        return salespeople.findAll(org);
    }

    public long addTeam(long org, String name) {
        return teams.insert(org, name);
    }

    public void renameTeam(long org, long id, String name) {
        teams.rename(org, id, name);
    }

    public long addSalesperson(long org, long team, String name, String email) {
        return salespeople.insert(org, team, name, email);
    }

    public void changeSalesperson(long org, long id, long team, String name, String email) {
        salespeople.update(org, id, team, name, email);
    }
}
