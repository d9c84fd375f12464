package se.syfte.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.syfte.accounts.Account;

/** Every page knows who is signed in (for the menu), or that no one is. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class SignedInModel {

    @ModelAttribute("me")
    Account me(@AuthenticationPrincipal SignedInUser user) {
        return user == null ? null : user.account();
    }
}
