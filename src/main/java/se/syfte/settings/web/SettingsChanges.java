package se.syfte.settings.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.syfte.accounts.Account;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditDetail;
import se.syfte.audit.AuditLog;

/** A stored settings change: audited, and the settings page told to say it was saved. */
@Component
class SettingsChanges {

    private final AuditLog audit;

    SettingsChanges(AuditLog audit) {
        this.audit = audit;
    }

    String saved(Account account, AuditDetail detail, RedirectAttributes redirect) {
        audit.record(account.orgId(), account.id(), account.email(), AuditAction.SETTINGS_CHANGED, detail);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/settings";
    }
}
