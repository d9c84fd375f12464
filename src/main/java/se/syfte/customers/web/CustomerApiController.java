package se.syfte.customers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.Role;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.audit.Actor;
import se.syfte.customers.CustomerAssignment;
import se.syfte.customers.CustomerNotFoundException;
import se.syfte.customers.CustomerService;
import se.syfte.customers.InvalidAssignmentException;
import se.syfte.customers.VisibleCustomer;
import se.syfte.customers.db.CustomerHistoryQuery;
import se.syfte.web.FieldProblems;

/**
 * The customers the caller may see, as the customer page decides it; any other id is not found.
 * Admins and managers give one a tier and an owner (SPEC §5).
 */
@RestController
@Tag(name = "Customers", description = "The customers the caller may see, with their tier and owner")
class CustomerApiController {

    private final CustomerHistoryQuery customers;
    private final CustomerService service;
    private final AccountScope scopes;

    CustomerApiController(CustomerHistoryQuery customers, CustomerService service, AccountScope scopes) {
        this.customers = customers;
        this.service = service;
        this.scopes = scopes;
    }

    @GetMapping("/api/v1/customers")
    @Operation(summary = "The customers in scope")
    List<VisibleCustomer> list(@AuthenticationPrincipal SignedInUser user) {
        return customers.visible(scopes.of(user.account()), user.account().role() == Role.ADMIN);
    }

    @GetMapping("/api/v1/customers/{id}")
    @Operation(summary = "One customer in scope")
    VisibleCustomer one(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return customers
                .visible(scopes.of(user.account()), id, user.account().role() == Role.ADMIN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Sets the tier (A, B, C) and the owner (a salesperson's name); a field left out stays, an empty one is cleared. */
    @PatchMapping("/api/v1/customers/{id}")
    @Operation(summary = "Sets a customer's tier and owner (admins and managers)")
    VisibleCustomer assign(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestBody CustomerAssignment assignment) {
        return service.assign(
                scopes.of(user.account()),
                user.account().role() == Role.ADMIN,
                id,
                assignment,
                new Actor(user.account().id(), user.account().email()));
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidAssignmentException invalid) {
        return FieldProblems.of("the tier or owner is wrong", invalid.fields());
    }

    @ExceptionHandler
    ProblemDetail notFound(CustomerNotFoundException notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }
}
