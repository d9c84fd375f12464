package se.syfte.accounts.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountException;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

/**
 * The accounts a person may see: an admin makes, changes, disables and re-enables them and resets
 * their passwords here; a manager sees their teams' accounts and changes nothing.
 */
@Controller
class UsersController {

    private final AccountService accounts;
    private final OrganisationService organisations;

    UsersController(AccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/users")
    String users(@AuthenticationPrincipal SignedInUser viewer, Model model) {
        return list(viewer, model, new AccountTerms("", "", Role.SALESPERSON, "", List.of()));
    }

    @GetMapping("/admin/users")
    String oldAddress() {
        return "redirect:/users";
    }

    @PostMapping("/admin/users")
    String create(
            @AuthenticationPrincipal SignedInUser admin, AccountTerms form, Model model, RedirectAttributes redirect) {
        withRole(form);
        try {
            AccountService.NewAccount created = accounts.create(
                    organisation(admin),
                    form.email(),
                    form.role(),
                    form.salespersonName(),
                    form.teams(),
                    form.displayName(),
                    admin.account().email());
            redirect.addFlashAttribute("oneTimePassword", created.password());
            return "redirect:/users/" + created.account().id();
        } catch (AccountException refused) {
            model.addAttribute("refusal", Refusal.of(refused));
            return list(admin, model, form);
        }
    }

    @GetMapping("/users/{id}")
    String user(@AuthenticationPrincipal SignedInUser viewer, @PathVariable long id, Model model) {
        Account account = seen(viewer, id);
        UserViews views = views(viewer);
        return one(
                model,
                views,
                account,
                new AccountTerms(
                        account.email(),
                        account.displayName(),
                        account.role(),
                        views.salespersonName(account),
                        views.teamNames(account)));
    }

    @PostMapping("/admin/users/{id}")
    String change(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable long id,
            AccountTerms form,
            Model model,
            RedirectAttributes redirect) {
        Account account = seen(admin, id);
        withRole(form);
        try {
            accounts.change(
                    organisation(admin),
                    account.email(),
                    form.role(),
                    form.salespersonName(),
                    form.teams(),
                    form.displayName(),
                    admin.account().email());
            redirect.addFlashAttribute("changed", true);
            return "redirect:/users/" + id;
        } catch (AccountException refused) {
            model.addAttribute("refusal", Refusal.of(refused));
            return one(model, views(admin), account, form.withEmail(account.email()));
        }
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable long id,
            @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        Account account = seen(admin, id);
        try {
            accounts.enable(
                    organisation(admin),
                    account.email(),
                    enabled,
                    admin.account().email());
            redirect.addFlashAttribute(enabled ? "enabledAgain" : "disabled", true);
        } catch (AccountException refused) {
            redirect.addFlashAttribute("refusal", Refusal.of(refused));
        }
        return "redirect:/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(
            @AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
        Account account = seen(admin, id);
        redirect.addFlashAttribute("resetPassword", accounts.resetPassword(admin.account(), account.id()));
        return "redirect:/users/" + id;
    }

    private String list(SignedInUser viewer, Model model, AccountTerms form) {
        UserViews views = views(viewer);
        model.addAttribute("accounts", views.rows(accounts.accountsSeenBy(viewer.account())));
        model.addAttribute("form", form);
        views.choices(model);
        return "users";
    }

    private String one(Model model, UserViews views, Account account, AccountTerms form) {
        model.addAttribute("account", views.row(account));
        model.addAttribute("form", form);
        views.choices(model);
        return "user";
    }

    /** The account if the viewer may see it; anything else, in the organisation or not, is not found. */
    private Account seen(SignedInUser viewer, long id) {
        return accounts.seenBy(viewer.account(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private UserViews views(SignedInUser viewer) {
        return UserViews.of(organisations, viewer.account().orgId());
    }

    /** The form always sends a role; a request without one was not made by it. */
    private static void withRole(AccountTerms form) {
        if (form.role() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "an account has a role");
        }
    }

    private Organisation organisation(SignedInUser admin) {
        return organisations.byId(admin.account().orgId());
    }

    /** A refusal as a page says it: the bundle key and its arguments. */
    record Refusal(String key, Object[] arguments) {
        static Refusal of(AccountException refused) {
            return new Refusal(refused.messageKey(), refused.arguments());
        }
    }
}
