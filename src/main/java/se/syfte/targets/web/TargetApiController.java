package se.syfte.targets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.analytics.core.Scope;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditDetail;
import se.syfte.audit.AuditLog;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.PurposeService;
import se.syfte.targets.TargetOwner;
import se.syfte.targets.db.TargetRepository;
import se.syfte.web.FieldProblems;

/**
 * Monthly targets over the API, as the targets grid keeps them: read for the salespeople in the
 * caller's scope, and set (by admins and managers) a salesperson's month at once, by purpose code.
 */
@RestController
@Tag(name = "Targets", description = "Monthly targets per salesperson and purpose")
class TargetApiController {

    private final TargetRepository targets;
    private final OrganisationService organisations;
    private final PurposeService purposes;
    private final AccountScope scopes;
    private final AuditLog audit;

    TargetApiController(
            TargetRepository targets,
            OrganisationService organisations,
            PurposeService purposes,
            AccountScope scopes,
            AuditLog audit) {
        this.targets = targets;
        this.organisations = organisations;
        this.purposes = purposes;
        this.scopes = scopes;
        this.audit = audit;
    }

    record TargetJson(String month, long salespersonId, String salesperson, String purpose, int target) {}

    /** A salesperson's targets for a month by purpose code; purposes left out get none. */
    record MonthJson(Map<String, Integer> targets) {}

    @GetMapping("/api/v1/targets")
    @Operation(summary = "The targets of a month for the salespeople in scope")
    List<TargetJson> list(@AuthenticationPrincipal SignedInUser user, @RequestParam String month) {
        YearMonth chosen = month(month);
        long org = user.account().orgId();
        Map<Long, Salesperson> people = people(user);
        Map<Long, String> codes = purposes.all(org).stream().collect(Collectors.toMap(Purpose::id, Purpose::code));
        List<TargetJson> found = new ArrayList<>();
        targets.monthly(org, TargetOwner.SALESPERSON, people.keySet(), chosen.atDay(1))
                .forEach((person, byPurpose) -> byPurpose.forEach((purpose, count) -> found.add(new TargetJson(
                        chosen.toString(), person, people.get(person).name(), codes.get(purpose), count))));
        found.sort(java.util.Comparator.comparing(TargetJson::salesperson).thenComparing(TargetJson::purpose));
        return found;
    }

    @PutMapping("/api/v1/targets/{month}/{salespersonId}")
    @Operation(summary = "Sets a salesperson's targets for a month (admins and managers)")
    @Transactional
    List<TargetJson> set(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String month,
            @PathVariable long salespersonId,
            @RequestBody MonthJson body) {
        YearMonth chosen = month(month);
        long org = user.account().orgId();
        Salesperson person = people(user).get(salespersonId);
        if (person == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, Long> ids = purposes.all(org).stream().collect(Collectors.toMap(Purpose::code, Purpose::id));
        Map<String, String> wrong = new LinkedHashMap<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> given = body == null || body.targets() == null ? Map.of() : body.targets();
        given.forEach((code, count) -> {
            if (!ids.containsKey(code)) {
                wrong.put("targets." + code, "no purpose with that code");
            } else if (count == null || count < 0 || count > TargetsController.MOST) {
                wrong.put("targets." + code, "a whole number from 0 to " + TargetsController.MOST);
            } else {
                counts.put(ids.get(code), count);
            }
        });
        if (!wrong.isEmpty()) {
            throw new InvalidTargets(wrong);
        }
        targets.replaceMonthly(org, TargetOwner.SALESPERSON, salespersonId, chosen.atDay(1), counts);
        audit.record(
                org,
                user.account().id(),
                user.account().email(),
                AuditAction.TARGET_CHANGED,
                AuditDetail.of("targetsSetOverApi", chosen.toString(), person.name()));
        return list(user, month);
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidTargets invalid) {
        return FieldProblems.of("the targets have wrong fields", invalid.fields);
    }

    private Map<Long, Salesperson> people(SignedInUser user) {
        Scope scope = scopes.of(user.account());
        return organisations.salespeople(user.account().orgId()).stream()
                .filter(person -> scope.includes(person.id()))
                .collect(Collectors.toMap(Salesperson::id, Function.identity()));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException notAMonth) {
            throw new InvalidTargets(Map.of("month", "a month written YYYY-MM"));
        }
    }

    private static final class InvalidTargets extends RuntimeException {
        private final Map<String, String> fields;

        InvalidTargets(Map<String, String> fields) {
            super("wrong fields: " + fields.keySet());
            this.fields = fields;
        }
    }
}
