package se.syfte.customers.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.Role;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.customers.VisibleCustomer;
import se.syfte.customers.db.CustomerHistoryQuery;

/** The customers the caller may see, as the customer page decides it; any other id is not found. */
@RestController
class CustomerApiController {

    private final CustomerHistoryQuery customers;
    private final AccountScope scopes;

    CustomerApiController(CustomerHistoryQuery customers, AccountScope scopes) {
        this.customers = customers;
        this.scopes = scopes;
    }

    @GetMapping("/api/v1/customers")
    List<VisibleCustomer> list(@AuthenticationPrincipal SignedInUser user) {
        return customers.visible(scopes.of(user.account()), user.account().role() == Role.ADMIN);
    }

    @GetMapping("/api/v1/customers/{id}")
    VisibleCustomer one(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return customers
                .visible(scopes.of(user.account()), id, user.account().role() == Role.ADMIN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
