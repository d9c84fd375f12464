package se.syfte.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.db.ApiTokenRepository;

/** The caller's own account and personal API tokens over the API. */
@RestController
@Tag(name = "Your account", description = "The caller's own account and personal API tokens")
class AccountApiController {

    private final AccountService accounts;

    AccountApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    record Me(String email, String name, String role, Long salespersonId) {}

    record NewToken(String name) {}

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the caller is")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        Account account = user.account();
        return new Me(account.email(), account.displayName(), account.role().name(), account.salespersonId());
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "The caller's API tokens")
    List<ApiTokenRepository.Token> tokens(@AuthenticationPrincipal SignedInUser user) {
        return accounts.tokens(user.account());
    }

    /** The token is in this answer and nowhere else, ever. */
    @PostMapping("/api/v1/tokens")
    @Operation(summary = "Makes an API token; the token is in this answer and nowhere else")
    ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal SignedInUser user, @RequestBody NewToken body) {
        AccountService.NewToken token = accounts.createToken(user.account(), body.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", token.id(), "token", token.token()));
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Revokes one of the caller's API tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        if (!accounts.revokeToken(user.account(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }
}
