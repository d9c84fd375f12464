package se.syfte.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.syfte.accounts.AccountException;
import se.syfte.accounts.AccountService;

/** An admin's list of the organisation's accounts, where passwords are reset. */
@Controller
class UsersController {

    private final AccountService accounts;

    UsersController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("accounts", accounts.accounts(admin.account()));
        return "users";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(
            @AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("resetPassword", accounts.resetPassword(admin.account(), id));
            redirect.addFlashAttribute("resetFor", id);
        } catch (AccountException noSuchAccount) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/users";
    }
}
