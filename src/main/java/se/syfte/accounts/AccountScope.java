package se.syfte.accounts;

import org.springframework.stereotype.Component;
import se.syfte.analytics.core.Scope;
import se.syfte.organisation.db.SalespersonRepository;

/** The scope every query of a signed-in account runs in: its organisation and the salespeople it may see. */
@Component
public class AccountScope {

    private final SalespersonRepository salespeople;

    AccountScope(SalespersonRepository salespeople) {
        this.salespeople = salespeople;
    }

    public Scope of(Account account) {
        return of(account, salespeople.findAll(account.orgId()));
    }

    /** The same, for a caller that has already read the organisation's salespeople. */
    public Scope of(Account account, java.util.List<se.syfte.organisation.Salesperson> organisation) {
        return new Scope(account.orgId(), Visibility.salespeople(account, organisation));
    }
}
