package se.syfte.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountException;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.db.AccountRepository;

/** One's own account: change the password, and make and revoke personal API tokens. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final AccountRepository repository;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(AccountService accounts, AccountRepository repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("account", user.account());
        model.addAttribute("tokens", accounts.tokens(user.account()));
        model.addAttribute("minLength", AccountService.MIN_PASSWORD_LENGTH);
        return "account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam String current,
            @RequestParam String password,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(user.account(), current, password);
        } catch (AccountException refused) {
            redirect.addFlashAttribute("passwordError", refused.messageKey());
            return "redirect:/account";
        }
        // The session holds the account as it was at sign-in; it no longer has to change its password.
        Account changed =
                repository.find(user.account().orgId(), user.account().id()).orElseThrow();
        SignedInUser refreshed = new SignedInUser(changed, user.getPassword());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @AuthenticationPrincipal SignedInUser user, @RequestParam String name, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", accounts.createToken(user.account(), name));
        } catch (AccountException refused) {
            redirect.addFlashAttribute("tokenError", refused.messageKey());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        if (!accounts.revokeToken(user.account(), id)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return "redirect:/account";
    }
}
