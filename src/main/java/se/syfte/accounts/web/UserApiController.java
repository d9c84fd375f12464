package se.syfte.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountException;
import se.syfte.accounts.AccountService;
import se.syfte.organisation.OrganisationService;

/** The users page over the API: admins make and change accounts, managers read their teams' accounts. */
@RestController
@Tag(name = "Accounts", description = "Who signs in, with what role, as which salesperson and managing which teams")
class UserApiController {

    private final AccountService accounts;
    private final OrganisationService organisations;

    UserApiController(AccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** An account just made and its one-time password, which is in this answer and nowhere else. */
    record CreatedAccount(UserViews.UserRow account, String oneTimePassword) {}

    record Enabled(boolean enabled) {}

    @GetMapping("/api/v1/users")
    @Operation(summary = "The accounts the caller may see: an admin all, a manager those of their teams")
    List<UserViews.UserRow> list(@AuthenticationPrincipal SignedInUser viewer) {
        return views(viewer).rows(accounts.accountsSeenBy(viewer.account()));
    }

    @GetMapping("/api/v1/users/{id}")
    @Operation(summary = "One account the caller may see")
    UserViews.UserRow one(@AuthenticationPrincipal SignedInUser viewer, @PathVariable long id) {
        return views(viewer).row(seen(viewer, id));
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Makes an account (admins); the answer holds its one-time password, shown only here")
    CreatedAccount create(@AuthenticationPrincipal SignedInUser admin, @RequestBody AccountTerms terms) {
        if (terms.email().isBlank() || terms.role() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "email and role are required");
        }
        AccountService.NewAccount created = accounts.create(
                organisations.byId(admin.account().orgId()),
                terms.email(),
                terms.role(),
                terms.salespersonName(),
                terms.teams(),
                terms.displayName(),
                admin.account().email());
        return new CreatedAccount(views(admin).row(created.account()), created.password());
    }

    @PutMapping("/api/v1/users/{id}")
    @Operation(
            summary = "Changes an account's name, role, salesperson and teams (admins); when what it sees changes,"
                    + " its sessions end and its API tokens are revoked")
    UserViews.UserRow change(
            @AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @RequestBody AccountTerms terms) {
        Account account = seen(admin, id);
        if (terms.role() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "role is required");
        }
        return views(admin)
                .row(accounts.change(
                        organisations.byId(admin.account().orgId()),
                        account.email(),
                        terms.role(),
                        terms.salespersonName(),
                        terms.teams(),
                        terms.displayName(),
                        admin.account().email()));
    }

    @PutMapping("/api/v1/users/{id}/enabled")
    @Operation(summary = "Disables or enables an account (admins); a disabled one's sessions and tokens end")
    UserViews.UserRow enable(
            @AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @RequestBody Enabled enabled) {
        Account account = seen(admin, id);
        accounts.enable(
                organisations.byId(admin.account().orgId()),
                account.email(),
                enabled.enabled(),
                admin.account().email());
        return views(admin).row(seen(admin, id));
    }

    @ExceptionHandler
    ProblemDetail refused(AccountException refused) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
    }

    private Account seen(SignedInUser viewer, long id) {
        return accounts.seenBy(viewer.account(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private UserViews views(SignedInUser viewer) {
        return UserViews.of(organisations, viewer.account().orgId());
    }
}
