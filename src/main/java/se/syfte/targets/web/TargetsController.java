package se.syfte.targets.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.analytics.core.Scope;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditDetail;
import se.syfte.audit.AuditLog;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;
import se.syfte.purposes.PurposeService;
import se.syfte.reports.ReportContexts;
import se.syfte.targets.TargetOwner;
import se.syfte.targets.db.TargetRepository;

/**
 * Monthly targets in a grid — a row per salesperson in scope, a column per purpose — for admins
 * and managers; last month's can be copied into an empty month. A wrong cell shows the grid again
 * with what was typed and stores nothing.
 */
@Controller
class TargetsController {

    private static final String PERSON_CELL = "t";
    private static final String TEAM_CELL = "team";
    private static final Pattern CELL = Pattern.compile("(t|team)_(\\d+)_(\\d+)");
    static final int MOST = 10_000;

    private final TargetRepository targets;
    private final PurposeService purposes;
    private final AccountScope scopes;
    private final AuditLog audit;
    private final OrganisationService organisations;

    TargetsController(
            TargetRepository targets,
            PurposeService purposes,
            AccountScope scopes,
            AuditLog audit,
            OrganisationService organisations) {
        this.organisations = organisations;
        this.targets = targets;
        this.purposes = purposes;
        this.scopes = scopes;
        this.audit = audit;
    }

    @GetMapping("/targets")
    String grid(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String month, Model model) {
        YearMonth chosen = month(user.account(), month);
        Owners owners = owners(user.account());
        Map<String, String> cells = new HashMap<>();
        for (TargetOwner owner : TargetOwner.values()) {
            targets.monthly(user.account().orgId(), owner, owners.ids(owner), chosen.atDay(1))
                    .forEach((id, counts) -> counts.forEach(
                            (purpose, count) -> cells.put(key(owner, id, purpose), Integer.toString(count))));
        }
        return page(user.account(), chosen, owners, cells, Map.of(), model);
    }

    @PostMapping("/targets")
    @Transactional
    String save(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        YearMonth chosen = month(user.account(), form.get("month"));
        Owners owners = owners(user.account());
        java.util.Set<Long> purposeIds = purposes.all(user.account().orgId()).stream()
                .map(se.syfte.purposes.Purpose::id)
                .collect(java.util.stream.Collectors.toSet());
        Map<TargetOwner, Map<Long, Map<Long, Integer>>> counts = new java.util.EnumMap<>(TargetOwner.class);
        for (TargetOwner owner : TargetOwner.values()) {
            Map<Long, Map<Long, Integer>> byOwner = new LinkedHashMap<>();
            owners.ids(owner).forEach(id -> byOwner.put(id, new LinkedHashMap<>()));
            counts.put(owner, byOwner);
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : form.entrySet()) {
            Matcher key = CELL.matcher(cell.getKey());
            if (!key.matches()) {
                continue;
            }
            TargetOwner owner = key.group(1).equals(TEAM_CELL) ? TargetOwner.TEAM : TargetOwner.SALESPERSON;
            long id = Long.parseLong(key.group(2));
            long purpose = Long.parseLong(key.group(3));
            if (!owners.ids(owner).contains(id) || !purposeIds.contains(purpose)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            String value = cell.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > MOST) {
                wrong.put(cell.getKey(), value);
            } else {
                counts.get(owner).get(id).put(purpose, Integer.parseInt(value));
            }
        }
        if (!wrong.isEmpty()) {
            return page(user.account(), chosen, owners, new HashMap<>(form), wrong, model);
        }
        counts.forEach((owner, byOwner) -> byOwner.forEach((id, byPurpose) ->
                targets.replaceMonthly(user.account().orgId(), owner, id, chosen.atDay(1), byPurpose)));
        audit.record(
                user.account().orgId(),
                user.account().id(),
                user.account().email(),
                AuditAction.TARGET_CHANGED,
                AuditDetail.of(
                        "targetsSet",
                        chosen.toString(),
                        owners.people().size(),
                        owners.teams().size()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/targets?month=" + chosen;
    }

    @PostMapping("/targets/copy")
    @Transactional
    String copy(@AuthenticationPrincipal SignedInUser user, @RequestParam String month, RedirectAttributes redirect) {
        YearMonth chosen = month(user.account(), month);
        Owners owners = owners(user.account());
        LocalDate start = chosen.atDay(1);
        int copied = 0;
        for (TargetOwner owner : TargetOwner.values()) {
            long org = user.account().orgId();
            Map<Long, Map<Long, Integer>> current = targets.monthly(org, owner, owners.ids(owner), start);
            Map<Long, Map<Long, Integer>> previous = targets.monthly(
                    org, owner, owners.ids(owner), chosen.minusMonths(1).atDay(1));
            for (Map.Entry<Long, Map<Long, Integer>> last : previous.entrySet()) {
                if (!current.containsKey(last.getKey())) {
                    targets.replaceMonthly(org, owner, last.getKey(), start, last.getValue());
                    copied++;
                }
            }
        }
        audit.record(
                user.account().orgId(),
                user.account().id(),
                user.account().email(),
                AuditAction.TARGET_CHANGED,
                AuditDetail.of(
                        "targetsCopied",
                        chosen.toString(),
                        chosen.minusMonths(1).toString(),
                        copied));
        redirect.addFlashAttribute("copied", copied);
        return "redirect:/targets?month=" + chosen;
    }

    private String page(
            Account account,
            YearMonth month,
            Owners owners,
            Map<String, String> cells,
            Map<String, String> wrong,
            Model model) {
        model.addAttribute("month", month);
        model.addAttribute("people", owners.people());
        model.addAttribute("teams", owners.teams());
        model.addAttribute("purposes", purposes.all(account.orgId()));
        model.addAttribute("cells", cells);
        model.addAttribute("wrong", wrong);
        return "targets";
    }

    /** The salespeople in the account's scope, and the teams all of whose salespeople are. */
    private record Owners(List<Salesperson> people, List<Team> teams) {
        List<Long> ids(TargetOwner owner) {
            return owner == TargetOwner.SALESPERSON
                    ? people.stream().map(Salesperson::id).toList()
                    : teams.stream().map(Team::id).toList();
        }
    }

    private Owners owners(Account account) {
        Scope scope = scopes.of(account);
        List<Salesperson> everyone = organisations.salespeople(account.orgId());
        return new Owners(
                everyone.stream().filter(person -> scope.includes(person.id())).toList(),
                ReportContexts.teamsWithin(organisations.teams(account.orgId()), everyone, scope));
    }

    private static String key(TargetOwner owner, long id, long purpose) {
        return (owner == TargetOwner.TEAM ? TEAM_CELL : PERSON_CELL) + "_" + id + "_" + purpose;
    }

    /** The month asked for; this month where the organisation is when none is. */
    private YearMonth month(Account account, String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(organisations.today(organisations.byId(account.orgId())));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException notAMonth) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month is YYYY-MM");
        }
    }
}
