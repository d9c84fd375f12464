package se.syfte.visitlog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.Role;
import se.syfte.analytics.core.Scope;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditDetail;
import se.syfte.audit.AuditLog;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.organisation.OrganisationService;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.visits.Channel;
import se.syfte.visits.StoredVisit;
import se.syfte.visits.Visit;
import se.syfte.visits.VisitStatus;
import se.syfte.visits.db.VisitFilter;
import se.syfte.visits.db.VisitRepository;

/**
 * Logs, corrects and deletes visits for a signed-in account: a salesperson their own, an admin
 * anyone's in the organisation; a manager reads them (and imports). A visit outside the
 * account's scope is not found. Every change is written to the audit log.
 */
@Service
public class VisitService {

    /** At most this many visits in one list. */
    public static final int MAX_LISTED = 1000;

    private final VisitRepository visits;
    private final AccountScope scopes;
    private final CustomerRepository customers;
    private final PurposeRepository purposes;
    private final AuditLog audit;
    private final OrganisationService organisations;

    VisitService(
            VisitRepository visits,
            AccountScope scopes,
            CustomerRepository customers,
            PurposeRepository purposes,
            AuditLog audit,
            OrganisationService organisations) {
        this.visits = visits;
        this.scopes = scopes;
        this.customers = customers;
        this.purposes = purposes;
        this.audit = audit;
        this.organisations = organisations;
    }

    /** How far ahead a salesperson's planned visits are listed for them. */
    public static final int PLANS_AHEAD_DAYS = 14;

    /**
     * A visit as a person or program gives it: the customer by name (new customers are made),
     * the purpose by code or name, the salesperson by id (a salesperson's own when empty), the
     * status by code (when empty: planned if dated after today, else held, SPEC §5).
     */
    public record VisitInput(
            LocalDate date,
            LocalTime time,
            Long salespersonId,
            String customer,
            String purpose,
            Integer durationMinutes,
            String channel,
            String note,
            String status) {}

    /** How a planned visit went: held (with its duration and note when given), cancelled or a no-show. */
    public record Confirmation(String status, Integer durationMinutes, String note) {}

    /** A salesperson's planned visits of the coming days, and those whose day has passed unconfirmed. */
    public record Plans(List<StoredVisit> coming, List<StoredVisit> unconfirmed) {
        public boolean isEmpty() {
            return coming.isEmpty() && unconfirmed.isEmpty();
        }
    }

    public List<StoredVisit> list(Account account, LocalDate from, LocalDate to) {
        return visits.list(scopes.of(account), from, to, MAX_LISTED);
    }

    /** A page of a visits list, and whether more visits follow it. */
    public record Page(List<StoredVisit> visits, boolean more) {}

    /**
     * The visits in {@code [from, to)} of the account's scope that the filters keep (a salesperson
     * out of scope keeps none), newest first, from the {@code offset}th on: filtered in the
     * database, then cut to {@link #MAX_LISTED}, saying whether more follow.
     */
    public Page page(
            Account account,
            LocalDate from,
            LocalDate to,
            Long salespersonId,
            String purposeCode,
            String customer,
            String status,
            int offset,
            int limit) {
        Scope scope = scopes.of(account);
        if (salespersonId != null) {
            scope = scope.narrowedTo(java.util.Set.of(salespersonId));
        }
        int size = Math.max(1, Math.min(limit, MAX_LISTED));
        List<StoredVisit> found = visits.list(
                scope, from, to, new VisitFilter(purposeCode, customer, status), Math.max(0, offset), size + 1);
        return new Page(found.stream().limit(size).toList(), found.size() > size);
    }

    public StoredVisit get(Account account, long id) {
        return visits.find(scopes.of(account), id).orElseThrow(() -> new VisitNotFoundException(id));
    }

    @Transactional
    public StoredVisit create(Account account, VisitInput input) {
        Scope scope = scopes.of(account);
        Visit visit = checked(account, scope, input, Optional.empty());
        long id = visits.insert(account.orgId(), visit);
        StoredVisit stored = visits.find(scope, id).orElseThrow();
        audit.record(
                account.orgId(),
                account.id(),
                account.email(),
                AuditAction.VISIT_CREATED,
                said("visitCreated", account.orgId(), List.of(stored)));
        return stored;
    }

    @Transactional
    public StoredVisit update(Account account, long id, VisitInput input) {
        Scope scope = scopes.of(account);
        StoredVisit before = visits.find(scope, id).orElseThrow(() -> new VisitNotFoundException(id));
        mayChange(account);
        // A correction that does not name the salesperson keeps the visit's own.
        VisitInput corrected = input.salespersonId() != null
                ? input
                : new VisitInput(
                        input.date(),
                        input.time(),
                        before.visit().salespersonId(),
                        input.customer(),
                        input.purpose(),
                        input.durationMinutes(),
                        input.channel(),
                        input.note(),
                        input.status());
        Visit visit = checked(account, scope, corrected, Optional.of(before.visit()));
        visits.update(account.orgId(), id, visit);
        StoredVisit after = visits.find(scope, id).orElseThrow();
        audit.record(
                account.orgId(),
                account.id(),
                account.email(),
                AuditAction.VISIT_CHANGED,
                said("visitChanged", account.orgId(), List.of(before, after)));
        return after;
    }

    @Transactional
    public void delete(Account account, long id) {
        StoredVisit before = visits.find(scopes.of(account), id).orElseThrow(() -> new VisitNotFoundException(id));
        mayChange(account);
        visits.delete(account.orgId(), id);
        audit.record(
                account.orgId(),
                account.id(),
                account.email(),
                AuditAction.VISIT_DELETED,
                said("visitDeleted", account.orgId(), List.of(before)));
    }

    /**
     * The account's own planned visits: those of today and the coming {@link #PLANS_AHEAD_DAYS}
     * days, soonest first, and the unconfirmed ones of the last year, newest first.
     */
    public Plans plans(Account account) {
        if (account.salespersonId() == null) {
            return new Plans(List.of(), List.of());
        }
        Scope own = scopes.of(account).narrowedTo(java.util.Set.of(account.salespersonId()));
        LocalDate today = today(account);
        return new Plans(
                visits.planned(own, today, today.plusDays(PLANS_AHEAD_DAYS + 1), true, MAX_LISTED),
                visits.planned(own, today.minusYears(1), today, false, MAX_LISTED));
    }

    /** Says how a visit went; only a visit whose day has come can have been held or missed. */
    @Transactional
    public StoredVisit confirm(Account account, long id, Confirmation confirmation) {
        Scope scope = scopes.of(account);
        StoredVisit before = visits.find(scope, id).orElseThrow(() -> new VisitNotFoundException(id));
        mayChange(account);
        Map<String, String> wrong = new LinkedHashMap<>();
        VisitStatus status = null;
        try {
            status = VisitStatus.valueOf(
                    String.valueOf(confirmation.status()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAStatus) {
            wrong.put("status", "is HELD, CANCELLED or NO_SHOW");
        }
        if (status == VisitStatus.PLANNED) {
            wrong.put("status", "is HELD, CANCELLED or NO_SHOW");
        } else if (status != null) {
            statusFits(status, before.visit().date(), today(account), wrong);
        }
        durationFits(confirmation.durationMinutes(), wrong);
        noteFits(confirmation.note(), wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidVisitException(wrong);
        }
        Visit earlier = before.visit();
        boolean held = status == VisitStatus.HELD;
        visits.update(
                account.orgId(),
                id,
                new Visit(
                        earlier.date(),
                        earlier.time(),
                        earlier.salespersonId(),
                        earlier.customerId(),
                        earlier.purposeId(),
                        held && confirmation.durationMinutes() != null
                                ? confirmation.durationMinutes()
                                : earlier.durationMinutes(),
                        earlier.channel(),
                        held && stripped(confirmation.note()) != null ? stripped(confirmation.note()) : earlier.note(),
                        earlier.dealId(),
                        status,
                        earlier.planned()));
        StoredVisit after = visits.find(scope, id).orElseThrow();
        audit.record(
                account.orgId(),
                account.id(),
                account.email(),
                AuditAction.VISIT_CHANGED,
                said("visitStatusChanged", account.orgId(), List.of(before), status(earlier.status()), status(status)));
        return after;
    }

    private static void mayChange(Account account) {
        if (account.role() == Role.MANAGER) {
            throw new AccessDeniedException("a manager reads visits; salespeople log and correct their own");
        }
    }

    /**
     * The visit as given, checked, with its status (SPEC §5): the one given, or else planned when
     * dated after today and held otherwise; a correction that gives none keeps a cancelled or
     * missed visit's status, and a visit once planned stays planned.
     */
    private Visit checked(Account account, Scope scope, VisitInput input, Optional<Visit> before) {
        mayChange(account);
        Map<String, String> wrong = new LinkedHashMap<>();
        Long salesperson = input.salespersonId() != null
                ? input.salespersonId()
                : account.role() == Role.SALESPERSON ? account.salespersonId() : null;
        if (salesperson == null) {
            wrong.put("salespersonId", "visit.wrong.empty");
        } else if (!scope.includes(salesperson)) {
            wrong.put("salespersonId", "visit.wrong.salesperson");
        }
        if (input.date() == null) {
            wrong.put("date", "visit.wrong.empty");
        }
        if (input.customer() == null || input.customer().isBlank()) {
            wrong.put("customer", "visit.wrong.empty");
        } else if (input.customer().strip().length() > 300) {
            wrong.put("customer", "visit.wrong.customerLength");
        }
        Optional<Purpose> purpose = Optional.empty();
        if (input.purpose() == null || input.purpose().isBlank()) {
            wrong.put("purpose", "visit.wrong.empty");
        } else {
            purpose = purposes.findAll(account.orgId()).stream()
                    .filter(p -> p.code().equalsIgnoreCase(input.purpose().strip())
                            || p.nameSv().equalsIgnoreCase(input.purpose().strip())
                            || p.nameEn().equalsIgnoreCase(input.purpose().strip()))
                    .findFirst();
            if (purpose.isEmpty()) {
                wrong.put("purpose", "visit.wrong.purpose");
            }
        }
        durationFits(input.durationMinutes(), wrong);
        LocalDate today = today(account);
        VisitStatus given = null;
        if (input.status() != null && !input.status().isBlank()) {
            try {
                given = VisitStatus.valueOf(input.status().strip().toUpperCase(Locale.ROOT));
                if (input.date() != null) {
                    statusFits(given, input.date(), today, wrong);
                }
            } catch (IllegalArgumentException notAStatus) {
                wrong.put("status", "visit.wrong.status");
            }
        }
        Channel channel = Channel.ON_SITE;
        if (input.channel() != null && !input.channel().isBlank()) {
            try {
                channel = Channel.valueOf(input.channel().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notAChannel) {
                wrong.put("channel", "visit.wrong.channel");
            }
        }
        noteFits(input.note(), wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidVisitException(wrong);
        }
        String name = input.customer().strip();
        long customer = customers
                .idByName(account.orgId(), name)
                .orElseGet(() -> customers.insert(account.orgId(), name, null, null, null));
        VisitStatus byDate = VisitStatus.byDate(input.date(), today);
        boolean kept = given == null
                && byDate == VisitStatus.HELD
                && before.map(Visit::status)
                        .filter(earlier -> earlier == VisitStatus.CANCELLED || earlier == VisitStatus.NO_SHOW)
                        .isPresent();
        VisitStatus status = given != null ? given : kept ? before.orElseThrow().status() : byDate;
        return new Visit(
                input.date(),
                input.time(),
                salesperson,
                customer,
                purpose.orElseThrow().id(),
                input.durationMinutes(),
                channel,
                stripped(input.note()),
                null,
                status,
                status == VisitStatus.PLANNED || before.map(Visit::planned).orElse(false));
    }

    /**
     * Only a visit whose day has come can have been held or missed (SPEC §5); a visit is planned
     * for today or a later day.
     */
    private static void statusFits(VisitStatus status, LocalDate date, LocalDate today, Map<String, String> wrong) {
        if (date.isAfter(today) && status == VisitStatus.HELD) {
            wrong.put("status", "visit.wrong.heldInFuture");
        } else if (date.isAfter(today) && status == VisitStatus.NO_SHOW) {
            wrong.put("status", "visit.wrong.missedInFuture");
        } else if (date.isBefore(today) && status == VisitStatus.PLANNED) {
            wrong.put("status", "visit.wrong.plannedInPast");
        }
    }

    private static void durationFits(Integer minutes, Map<String, String> wrong) {
        if (minutes != null && (minutes < 0 || minutes > 24 * 60)) {
            wrong.put("durationMinutes", "visit.wrong.minutes");
        }
    }

    private static void noteFits(String note, Map<String, String> wrong) {
        if (note != null && note.length() > 4000) {
            wrong.put("note", "visit.wrong.noteLength");
        }
    }

    private static String stripped(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private LocalDate today(Account account) {
        return organisations.today(organisations.byId(account.orgId()));
    }

    /**
     * The visits in the audit log's words, each as number, day, salesperson, customer and purpose,
     * then what else the message says of them.
     */
    private AuditDetail said(String key, long org, List<StoredVisit> stored, Object... after) {
        List<Purpose> named = purposes.findAll(org);
        return AuditDetail.of(
                key,
                java.util.stream.Stream.concat(
                                stored.stream().flatMap(visit -> described(named, visit)), Arrays.stream(after))
                        .toArray());
    }

    private static java.util.stream.Stream<Object> described(List<Purpose> named, StoredVisit stored) {
        AuditDetail.Argument purpose = named.stream()
                .filter(candidate -> candidate.code().equals(stored.purposeCode()))
                .findFirst()
                .<AuditDetail.Argument>map(found -> new AuditDetail.Names(found.nameSv(), found.nameEn()))
                .orElse(new AuditDetail.Text(stored.purposeCode()));
        return java.util.stream.Stream.of(
                String.valueOf(stored.id()),
                stored.visit().date().toString(),
                stored.salesperson(),
                stored.customer(),
                purpose);
    }

    private static AuditDetail.Term status(VisitStatus status) {
        return AuditDetail.term("plans.status." + status.name());
    }
}
