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
        return new Scope(account.orgId(), Visibility.salespeople(account, salespeople.findAll(account.orgId())));
    }
}
