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
import se.syfte.audit.AuditLog;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.targets.db.TargetRepository;

/**
 * Monthly targets in a grid — a row per salesperson in scope, a column per purpose — for admins
 * and managers; last month's can be copied into an empty month. A wrong cell shows the grid again
 * with what was typed and stores nothing.
 */
@Controller
class TargetsController {

    private static final Pattern CELL = Pattern.compile("t_(\\d+)_(\\d+)");
    static final int MOST = 10_000;

    private final TargetRepository targets;
    private final SalespersonRepository salespeople;
    private final PurposeRepository purposes;
    private final AccountScope scopes;
    private final AuditLog audit;
    private final OrganisationService organisations;

    TargetsController(
            TargetRepository targets,
            SalespersonRepository salespeople,
            PurposeRepository purposes,
            AccountScope scopes,
            AuditLog audit,
            OrganisationService organisations) {
        this.organisations = organisations;
        this.targets = targets;
        this.salespeople = salespeople;
        this.purposes = purposes;
        this.scopes = scopes;
        this.audit = audit;
    }

    @GetMapping("/targets")
    String grid(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String month, Model model) {
        YearMonth chosen = month(user.account(), month);
        List<Salesperson> people = people(user.account());
        Map<String, String> cells = new HashMap<>();
        targets.monthly(user.account().orgId(), ids(people), chosen.atDay(1))
                .forEach((person, counts) -> counts.forEach(
                        (purpose, count) -> cells.put("t_" + person + "_" + purpose, Integer.toString(count))));
        return page(user.account(), chosen, people, cells, Map.of(), model);
    }

    @PostMapping("/targets")
    @Transactional
    String save(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        YearMonth chosen = month(user.account(), form.get("month"));
        List<Salesperson> people = people(user.account());
        Scope scope = scopes.of(user.account());
        java.util.Set<Long> purposeIds = purposes.findAll(user.account().orgId()).stream()
                .map(se.syfte.purposes.Purpose::id)
                .collect(java.util.stream.Collectors.toSet());
        Map<Long, Map<Long, Integer>> counts = new LinkedHashMap<>();
        people.forEach(person -> counts.put(person.id(), new LinkedHashMap<>()));
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : form.entrySet()) {
            Matcher key = CELL.matcher(cell.getKey());
            if (!key.matches()) {
                continue;
            }
            long person = Long.parseLong(key.group(1));
            if (!scope.includes(person) || !purposeIds.contains(Long.parseLong(key.group(2)))) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            String value = cell.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > MOST) {
                wrong.put(cell.getKey(), value);
            } else {
                counts.get(person).put(Long.parseLong(key.group(2)), Integer.parseInt(value));
            }
        }
        if (!wrong.isEmpty()) {
            Map<String, String> typed = new HashMap<>(form);
            return page(user.account(), chosen, people, typed, wrong, model);
        }
        counts.forEach((person, byPurpose) ->
                targets.replaceMonthly(user.account().orgId(), person, chosen.atDay(1), byPurpose));
        audit.record(
                user.account().orgId(),
                user.account().id(),
                user.account().email(),
                AuditAction.TARGET_CHANGED,
                chosen + ": monthly targets of " + people.size() + " salespeople set");
        redirect.addFlashAttribute("saved", true);
        return "redirect:/targets?month=" + chosen;
    }

    @PostMapping("/targets/copy")
    @Transactional
    String copy(@AuthenticationPrincipal SignedInUser user, @RequestParam String month, RedirectAttributes redirect) {
        YearMonth chosen = month(user.account(), month);
        List<Salesperson> people = people(user.account());
        LocalDate start = chosen.atDay(1);
        Map<Long, Map<Long, Integer>> current = targets.monthly(user.account().orgId(), ids(people), start);
        Map<Long, Map<Long, Integer>> previous = targets.monthly(
                user.account().orgId(), ids(people), chosen.minusMonths(1).atDay(1));
        int copied = 0;
        for (Map.Entry<Long, Map<Long, Integer>> last : previous.entrySet()) {
            if (!current.containsKey(last.getKey())) {
                targets.replaceMonthly(user.account().orgId(), last.getKey(), start, last.getValue());
                copied++;
            }
        }
        audit.record(
                user.account().orgId(),
                user.account().id(),
                user.account().email(),
                AuditAction.TARGET_CHANGED,
                chosen + ": copied " + chosen.minusMonths(1) + "'s targets for " + copied + " salespeople");
        redirect.addFlashAttribute("copied", copied);
        return "redirect:/targets?month=" + chosen;
    }

    private String page(
            Account account,
            YearMonth month,
            List<Salesperson> people,
            Map<String, String> cells,
            Map<String, String> wrong,
            Model model) {
        model.addAttribute("month", month);
        model.addAttribute("people", people);
        model.addAttribute("purposes", purposes.findAll(account.orgId()));
        model.addAttribute("cells", cells);
        model.addAttribute("wrong", wrong);
        return "targets";
    }

    private List<Salesperson> people(Account account) {
        Scope scope = scopes.of(account);
        return salespeople.findAll(account.orgId()).stream()
                .filter(person -> scope.includes(person.id()))
                .toList();
    }

    private static List<Long> ids(List<Salesperson> people) {
        return people.stream().map(Salesperson::id).toList();
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
