package se.syfte.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.syfte.analytics.core.Scope;
import se.syfte.audit.AuditLog;

/** The audit log for admins, newest first; there is no way to change it here or anywhere. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(Scope admin, Model model) {
        model.addAttribute("events", audit.latest(admin.orgId(), 500));
        return "audit";
    }
}
