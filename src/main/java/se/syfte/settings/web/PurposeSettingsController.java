package se.syfte.settings.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.audit.AuditDetail;
import se.syfte.purposes.DefaultPurposes;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.PurposeDraft;
import se.syfte.purposes.PurposeKind;
import se.syfte.purposes.PurposeService;

/**
 * Adding and changing purposes (admins, under /admin). A change that would alter figures already
 * shown — the kind or step, which move visits between journeys and steps, or the default duration,
 * which changes the hours of visits stored without one — is shown with a warning naming how many
 * visits it reaches and is stored only when confirmed.
 */
@Controller
class PurposeSettingsController {

    private final PurposeService purposes;
    private final SettingsChanges changes;

    PurposeSettingsController(PurposeService purposes, SettingsChanges changes) {
        this.purposes = purposes;
        this.changes = changes;
    }

    @GetMapping("/admin/settings/purposes/new")
    String blank(Model model) {
        return form(
                null,
                Map.of("kind", "FUNNEL", "defaultMinutes", Integer.toString(DefaultPurposes.DEFAULT_MINUTES)),
                Map.of(),
                Set.of(),
                0,
                model);
    }

    @GetMapping("/admin/settings/purposes/{id}")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        long org = user.account().orgId();
        Purpose purpose = purpose(org, id);
        return form(
                purpose,
                Map.of(
                        "code", purpose.code(),
                        "nameSv", purpose.nameSv(),
                        "nameEn", purpose.nameEn(),
                        "kind", purpose.kind().name(),
                        "step", purpose.step() == null ? "" : purpose.step().toString(),
                        "defaultMinutes", Integer.toString(purpose.defaultMinutes()),
                        "keywords", String.join("\n", purposes.keywords(org, id))),
                Map.of(),
                Set.of(),
                0,
                model);
    }

    @PostMapping("/admin/settings/purposes")
    @Transactional
    String add(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect) {
        long org = user.account().orgId();
        PurposeDraft draft = draft(typed, typed.get("code"));
        Map<String, String> problems = problems(draft, typed, purposes.all(org), org);
        if (!problems.isEmpty()) {
            return form(null, typed, problems, Set.of(), 0, model);
        }
        purposes.add(org, draft);
        return changes.saved(
                user.account(),
                AuditDetail.of("purposeAdded", new AuditDetail.Names(draft.nameSv(), draft.nameEn())),
                redirect);
    }

    @PostMapping("/admin/settings/purposes/{id}")
    @Transactional
    String change(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect) {
        long org = user.account().orgId();
        Purpose before = purpose(org, id);
        PurposeDraft draft = draft(typed, before.code());
        List<Purpose> others =
                purposes.all(org).stream().filter(other -> other.id() != id).toList();
        Map<String, String> problems = problems(draft, typed, others, org);
        if (!problems.isEmpty()) {
            return form(before, typed, problems, Set.of(), 0, model);
        }
        Set<PurposeDraft.HistoricChange> historic = draft.changesFrom(before);
        long reached = historic.isEmpty() ? 0 : purposes.visits(org, id);
        if (reached > 0 && !"true".equals(typed.get("confirmed"))) {
            return form(before, typed, Map.of(), historic, reached, model);
        }
        purposes.change(org, id, draft);
        return changes.saved(
                user.account(),
                historic.isEmpty()
                        ? AuditDetail.of("purposeChanged", named(before))
                        : AuditDetail.of(
                                "purposeChangedHistoric",
                                named(before),
                                new AuditDetail.Parts(historic.stream()
                                        .map(change -> AuditDetail.of("historic." + change))
                                        .toList()),
                                reached),
                redirect);
    }

    private static AuditDetail.Names named(Purpose purpose) {
        return new AuditDetail.Names(purpose.nameSv(), purpose.nameEn());
    }

    private Map<String, String> problems(
            PurposeDraft draft, Map<String, String> typed, List<Purpose> others, long org) {
        Map<String, String> problems =
                new java.util.LinkedHashMap<>(draft.problems(others, purposes.keywordOwners(org)));
        // A step that is not a number reaches the draft as none, which a care purpose may have.
        String step = typed.getOrDefault("step", "").strip();
        if (!step.isEmpty() && !step.matches("\\d{1,2}")) {
            problems.put("step", "settings.purpose.error.step");
        }
        return problems;
    }

    private static PurposeDraft draft(Map<String, String> typed, String code) {
        String step = typed.getOrDefault("step", "").strip();
        String minutes = typed.getOrDefault("defaultMinutes", "").strip();
        PurposeKind kind = Optional.ofNullable(typed.get("kind"))
                .flatMap(text -> java.util.Arrays.stream(PurposeKind.values())
                        .filter(candidate -> candidate.name().equals(text))
                        .findFirst())
                .orElse(null);
        return new PurposeDraft(
                code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                typed.get("nameSv"),
                typed.get("nameEn"),
                kind,
                step.matches("\\d{1,2}") ? Integer.valueOf(step) : null,
                minutes.matches("\\d{1,4}") ? Integer.parseInt(minutes) : 0,
                PurposeDraft.keywords(typed.get("keywords")));
    }

    private Purpose purpose(long org, long id) {
        return purposes.all(org).stream()
                .filter(candidate -> candidate.id() == id)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String form(
            Purpose editing,
            Map<String, String> typed,
            Map<String, String> problems,
            Set<PurposeDraft.HistoricChange> historic,
            long reached,
            Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("changes", historic.stream().map(Enum::name).toList());
        model.addAttribute("reached", reached);
        return "purpose";
    }
}
