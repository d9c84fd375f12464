package se.syfte.audit.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.syfte.analytics.core.Scope;
import se.syfte.audit.AuditLog;
import se.syfte.audit.AuditWording;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;

/** The audit log for admins, newest first; there is no way to change it here or anywhere. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final AuditWording wording;
    private final OrganisationService organisations;

    AuditController(AuditLog audit, AuditWording wording, OrganisationService organisations) {
        this.audit = audit;
        this.wording = wording;
        this.organisations = organisations;
    }

    /** One entry as the page shows it: the time on the organisation's clock, the detail in the reader's words. */
    record Entry(String at, String actor, String action, String detail) {}

    @GetMapping("/admin/audit")
    String audit(Scope admin, Locale locale, Model model) {
        Organisation organisation = organisations.byId(admin.orgId());
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(organisation.timeZone());
        model.addAttribute("zone", organisation.timeZone().getId());
        model.addAttribute(
                "events",
                audit.latest(admin.orgId(), 500).stream()
                        .map(event -> new Entry(
                                moments.format(event.at()),
                                event.actor(),
                                event.action().name(),
                                wording.say(event, locale)))
                        .toList());
        return "audit";
    }
}
