package se.syfte.settings.web;

import java.util.regex.Pattern;
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
import se.syfte.organisation.FollowThrough;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;
import se.syfte.purposes.PurposeService;

/**
 * The settings page (admins, under /admin): the purposes with their keyword rules, the teams and
 * salespeople, which are added, renamed and moved here, and the next-step days and visit cadence
 * per customer tier. A wrong name shows the page again
 * with the message and stores nothing.
 */
@Controller
class SettingsController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int LONGEST_NAME = 200;

    private final PurposeService purposes;
    private final OrganisationService organisations;
    private final SettingsChanges changes;

    SettingsController(PurposeService purposes, OrganisationService organisations, SettingsChanges changes) {
        this.purposes = purposes;
        this.organisations = organisations;
        this.changes = changes;
    }

    @GetMapping("/admin/settings")
    String settings(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(user.account().orgId(), null, model);
    }

    @PostMapping("/admin/settings/teams")
    @Transactional
    String addTeam(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam String name,
            Model model,
            RedirectAttributes redirect) {
        long org = user.account().orgId();
        String problem = teamNameProblem(org, name, null);
        if (problem != null) {
            return page(org, problem, model);
        }
        organisations.addTeam(org, name.strip());
        return changes.saved(user.account(), AuditDetail.of("teamAdded", name.strip()), redirect);
    }

    @PostMapping("/admin/settings/teams/{id}")
    @Transactional
    String renameTeam(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam String name,
            Model model,
            RedirectAttributes redirect) {
        long org = user.account().orgId();
        Team team = team(org, id);
        if (team.name().equals(name.strip())) {
            return "redirect:/admin/settings";
        }
        String problem = teamNameProblem(org, name, id);
        if (problem != null) {
            return page(org, problem, model);
        }
        organisations.renameTeam(org, id, name.strip());
        return changes.saved(user.account(), AuditDetail.of("teamRenamed", team.name(), name.strip()), redirect);
    }

    @PostMapping("/admin/settings/salespeople")
    @Transactional
    String addSalesperson(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam String name,
            @RequestParam(required = false) String email,
            @RequestParam long team,
            Model model,
            RedirectAttributes redirect) {
        long org = user.account().orgId();
        team(org, team);
        String problem = salespersonProblem(org, name, email, null);
        if (problem != null) {
            return page(org, problem, model);
        }
        organisations.addSalesperson(org, team, name.strip(), blankAsNull(email));
        return changes.saved(user.account(), AuditDetail.of("salespersonAdded", name.strip()), redirect);
    }

    @PostMapping("/admin/settings/salespeople/{id}")
    @Transactional
    String changeSalesperson(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(required = false) String email,
            @RequestParam long team,
            Model model,
            RedirectAttributes redirect) {
        long org = user.account().orgId();
        Salesperson before = organisations.salespeople(org).stream()
                .filter(person -> person.id() == id)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        team(org, team);
        String problem = salespersonProblem(org, name, email, id);
        if (problem != null) {
            return page(org, problem, model);
        }
        organisations.changeSalesperson(org, id, team, name.strip(), blankAsNull(email));
        return changes.saved(user.account(), AuditDetail.of("salespersonChanged", before.name()), redirect);
    }

    /** SPEC §5's settings: the days a funnel visit's next step may lie ahead, and the cadence per tier. */
    @PostMapping("/admin/settings/follow-through")
    @Transactional
    String followThrough(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam String nextStepDays,
            @RequestParam String cadenceA,
            @RequestParam String cadenceB,
            @RequestParam String cadenceC,
            Model model,
            RedirectAttributes redirect) {
        long org = user.account().orgId();
        FollowThrough settings;
        try {
            settings = new FollowThrough(
                    Integer.parseInt(nextStepDays.strip()),
                    Integer.parseInt(cadenceA.strip()),
                    Integer.parseInt(cadenceB.strip()),
                    Integer.parseInt(cadenceC.strip()));
        } catch (IllegalArgumentException notDays) {
            return page(org, "settings.error.days", model);
        }
        FollowThrough before = organisations.byId(org).followThrough();
        if (before.equals(settings)) {
            return "redirect:/admin/settings";
        }
        organisations.changeFollowThrough(org, settings);
        return changes.saved(
                user.account(),
                AuditDetail.of(
                        "followThrough",
                        settings.nextStepDays(),
                        settings.cadenceA(),
                        settings.cadenceB(),
                        settings.cadenceC()),
                redirect);
    }

    private String teamNameProblem(long org, String name, Long except) {
        if (name.isBlank() || name.strip().length() > LONGEST_NAME) {
            return "settings.error.name";
        }
        boolean taken = organisations.teams(org).stream()
                .anyMatch(other ->
                        !Long.valueOf(other.id()).equals(except) && other.name().equalsIgnoreCase(name.strip()));
        return taken ? "settings.error.teamTaken" : null;
    }

    private String salespersonProblem(long org, String name, String email, Long except) {
        if (name.isBlank() || name.strip().length() > LONGEST_NAME) {
            return "settings.error.name";
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            return "settings.error.email";
        }
        boolean taken = organisations.salespeople(org).stream()
                .anyMatch(other ->
                        !Long.valueOf(other.id()).equals(except) && other.name().equalsIgnoreCase(name.strip()));
        return taken ? "settings.error.salespersonTaken" : null;
    }

    private Team team(long org, long id) {
        return organisations.teams(org).stream()
                .filter(candidate -> candidate.id() == id)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(long org, String problem, Model model) {
        model.addAttribute("purposes", purposes.all(org));
        model.addAttribute("keywords", purposes.keywordsByPurpose(org));
        model.addAttribute("teams", organisations.teams(org));
        model.addAttribute("salespeople", organisations.salespeople(org));
        model.addAttribute("followThrough", organisations.byId(org).followThrough());
        model.addAttribute("maxDays", FollowThrough.MAX_DAYS);
        model.addAttribute("problem", problem);
        return "settings";
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
