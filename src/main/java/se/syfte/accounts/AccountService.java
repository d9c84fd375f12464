package se.syfte.accounts;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.db.ApiTokenRepository;
import se.syfte.accounts.db.SignedInSessionRepository;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditDetail;
import se.syfte.audit.AuditLog;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;

/**
 * Creates, changes and disables accounts, changes and resets passwords, and makes and revokes API
 * tokens; each is audited.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_NAME_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final SignedInSessionRepository signedIn;
    private final SalespersonRepository salespeople;
    private final TeamRepository teams;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            ApiTokenRepository tokens,
            SignedInSessionRepository signedIn,
            SalespersonRepository salespeople,
            TeamRepository teams,
            PasswordEncoder passwords,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.signedIn = signedIn;
        this.salespeople = salespeople;
        this.teams = teams;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** An account just made, with its one-time password, which is shown once and never kept. */
    public record NewAccount(Account account, String password) {}

    /** An API token just made: the token itself is shown once and only its hash kept. */
    public record NewToken(long id, String token) {}

    @Transactional
    public NewAccount create(
            Organisation organisation,
            String email,
            Role role,
            Optional<String> salespersonName,
            List<String> teamNames,
            Optional<String> displayName,
            String actor) {
        long org = organisation.id();
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw new AccountException("email.invalid", "'" + email + "' is not an e-mail address", email);
        }
        if (accounts.emailTaken(address)) {
            throw new AccountException("email.taken", "there is already an account for " + address, address);
        }
        Assignment assignment = assignment(organisation, address, role, salespersonName, teamNames, displayName);
        String password = Secrets.oneTimePassword();
        long id = accounts.insert(
                org,
                address,
                assignment.displayName(),
                role,
                assignment.salespersonId(),
                assignment.teamIds(),
                passwords.encode(password));
        audit.record(org, null, actor, AuditAction.USER_CREATED, AuditDetail.of("userCreated", address, role(role)));
        return new NewAccount(accounts.find(org, id).orElseThrow(), password);
    }

    /** Who an account is and what it runs: its salesperson, when it is one, and a manager's teams. */
    private record Assignment(Long salespersonId, String displayName, Set<Long> teamIds) {}

    private Assignment assignment(
            Organisation organisation,
            String address,
            Role role,
            Optional<String> salespersonName,
            List<String> teamNames,
            Optional<String> givenName) {
        long org = organisation.id();
        Long salespersonId = null;
        String displayName = address;
        if (salespersonName.isPresent()) {
            Salesperson person = salespeople.findAll(org).stream()
                    .filter(p -> p.name().equalsIgnoreCase(salespersonName.get().strip()))
                    .findFirst()
                    .orElseThrow(() -> new AccountException(
                            "salesperson.unknown",
                            "there is no salesperson '" + salespersonName.get() + "' in " + organisation.code(),
                            salespersonName.get()));
            salespersonId = person.id();
            displayName = person.name();
        } else if (role == Role.SALESPERSON) {
            throw new AccountException(
                    "salesperson.missing", "a salesperson's account names the salesperson: give --salesperson NAME");
        }
        Set<Long> teamIds = new HashSet<>();
        List<Team> known = teams.findAll(org);
        for (String name : teamNames) {
            teamIds.add(known.stream()
                    .filter(team -> team.name().equalsIgnoreCase(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new AccountException(
                            "team.unknown", "there is no team '" + name + "' in " + organisation.code(), name))
                    .id());
        }
        if (role == Role.MANAGER && teamIds.isEmpty()) {
            throw new AccountException(
                    "teams.missing", "a manager's account names the teams they manage: give --teams A,B");
        }
        Optional<String> name = givenName.map(String::strip).filter(given -> !given.isEmpty());
        if (name.isPresent() && name.get().length() > MAX_NAME_LENGTH) {
            throw new AccountException(
                    "name.long", "a name has at most " + MAX_NAME_LENGTH + " characters", MAX_NAME_LENGTH);
        }
        return new Assignment(salespersonId, name.orElse(displayName), teamIds);
    }

    /**
     * Gives an account another role, salesperson, teams or name. What a session may see was fixed
     * when it signed in, so when what the account sees changes, every session of the account ends
     * and every API token is revoked; a new name alone ends nothing.
     */
    @Transactional
    public Account change(
            Organisation organisation,
            String email,
            Role role,
            Optional<String> salespersonName,
            List<String> teamNames,
            Optional<String> displayName,
            String actor) {
        Account account = byEmail(organisation, email);
        Assignment assignment =
                assignment(organisation, account.email(), role, salespersonName, teamNames, displayName);
        if (account.role() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(account);
        }
        boolean seesOtherwise = account.role() != role
                || !Objects.equals(account.salespersonId(), assignment.salespersonId())
                || !account.teamIds().equals(assignment.teamIds());
        if (seesOtherwise) {
            accounts.assign(
                    account.orgId(),
                    account.id(),
                    role,
                    assignment.salespersonId(),
                    assignment.displayName(),
                    assignment.teamIds());
        } else {
            accounts.rename(account.orgId(), account.id(), assignment.displayName());
        }
        audit.record(
                account.orgId(),
                null,
                actor,
                AuditAction.USER_CHANGED,
                seesOtherwise
                        ? signOut(account)
                                .said(
                                        "userChangedSignedOut",
                                        account.email(),
                                        role(account.role()),
                                        role(role),
                                        assignment.displayName())
                        : AuditDetail.of(
                                "userChanged",
                                account.email(),
                                role(account.role()),
                                role(role),
                                assignment.displayName()));
        return accounts.find(account.orgId(), account.id()).orElseThrow();
    }

    /** Disables or enables an account; a disabled one cannot sign in, and its sessions and tokens end. */
    @Transactional
    public void enable(Organisation organisation, String email, boolean enabled, String actor) {
        Account account = byEmail(organisation, email);
        if (account.enabled() == enabled) {
            return;
        }
        if (!enabled && account.role() == Role.ADMIN) {
            keepAnAdmin(account);
        }
        accounts.enable(account.orgId(), account.id(), enabled);
        audit.record(
                account.orgId(),
                null,
                actor,
                enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
                enabled
                        ? AuditDetail.of("userEnabled", account.email())
                        : signOut(account).said("userDisabled", account.email()));
    }

    private Account byEmail(Organisation organisation, String email) {
        return accounts.credentials(email)
                .map(AccountRepository.Credentials::account)
                .filter(found -> found.orgId() == organisation.id())
                .orElseThrow(() -> new AccountException(
                        "account.unknown",
                        "there is no account " + email.strip() + " in " + organisation.code(),
                        email.strip()));
    }

    private void keepAnAdmin(Account admin) {
        boolean another = accounts.findAll(admin.orgId()).stream()
                .anyMatch(other -> other.id() != admin.id() && other.role() == Role.ADMIN && other.enabled());
        if (!another) {
            throw new AccountException(
                    "admin.last",
                    admin.email() + " is the organisation's only admin; make another admin first",
                    admin.email());
        }
    }

    /** Ends every session of the account and revokes its tokens. */
    private SignedOut signOut(Account account) {
        int sessions = signedIn.endAll(account.orgId(), account.id());
        int revoked = tokens.revokeAll(account.orgId(), account.id(), clock.instant());
        return new SignedOut(sessions, revoked);
    }

    /** How many sessions ended and tokens were revoked, said last in the audit detail. */
    private record SignedOut(int sessions, int tokens) {
        AuditDetail said(String key, Object... first) {
            Object[] arguments = java.util.Arrays.copyOf(first, first.length + 2);
            arguments[first.length] = sessions;
            arguments[first.length + 1] = tokens;
            return AuditDetail.of(key, arguments);
        }
    }

    private static AuditDetail.Term role(Role role) {
        return AuditDetail.term("role." + role.name());
    }

    @Transactional
    public void changePassword(Account account, String current, String next) {
        String hash = accounts.credentials(account.email())
                .map(AccountRepository.Credentials::passwordHash)
                .orElseThrow();
        if (!passwords.matches(current, hash)) {
            throw new AccountException("password.current.wrong", "the current password is wrong");
        }
        if (next.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException(
                    "password.too.short",
                    "the new password needs at least " + MIN_PASSWORD_LENGTH + " characters",
                    MIN_PASSWORD_LENGTH);
        }
        if (next.equals(current)) {
            throw new AccountException("password.same", "the new password is the current one");
        }
        // Raises the account's credentials version: its other sessions end at their next request.
        accounts.setPassword(account.orgId(), account.id(), passwords.encode(next), false);
        audit.record(
                account.orgId(),
                account.id(),
                account.email(),
                AuditAction.PASSWORD_CHANGED,
                AuditDetail.of("passwordChanged", account.email()));
    }

    /**
     * An admin gives another account of their organisation a new one-time password: every session
     * it had ends at its next request and every API token it had is revoked.
     */
    @Transactional
    public String resetPassword(Account admin, long accountId) {
        Account account = accounts.find(admin.orgId(), accountId)
                .orElseThrow(() -> new AccountException("account.unknown", "there is no such account", accountId));
        String password = Secrets.oneTimePassword();
        accounts.setPassword(admin.orgId(), account.id(), passwords.encode(password), true);
        audit.record(
                admin.orgId(),
                admin.id(),
                admin.email(),
                AuditAction.PASSWORD_RESET,
                signOut(account).said("passwordReset", account.email()));
        return password;
    }

    /** One account the viewer may see; any other, in the organisation or not, is empty. */
    public Optional<Account> seenBy(Account viewer, long id) {
        return accountsSeenBy(viewer).stream()
                .filter(account -> account.id() == id)
                .findFirst();
    }

    /**
     * The accounts a person may see: an admin every account of the organisation, a manager those
     * of the salespeople in their teams and of the other managers of those teams, anyone else their own.
     */
    public List<Account> accountsSeenBy(Account viewer) {
        List<Account> all = accounts.findAll(viewer.orgId());
        if (viewer.role() == Role.ADMIN) {
            return all;
        }
        Set<Long> people = Visibility.salespeople(viewer, salespeople.findAll(viewer.orgId()));
        return all.stream()
                .filter(account -> account.id() == viewer.id()
                        || (account.salespersonId() != null && people.contains(account.salespersonId()))
                        || (viewer.role() == Role.MANAGER
                                && account.teamIds().stream().anyMatch(viewer.teamIds()::contains)))
                .toList();
    }

    @Transactional
    public NewToken createToken(Account account, String name) {
        String label = name == null || name.isBlank() ? "API" : name.strip();
        if (label.length() > 100) {
            throw new AccountException("token.name.long", "a token's name has at most 100 characters");
        }
        String token = Secrets.apiToken();
        long id = tokens.insert(account.orgId(), account.id(), label, Secrets.tokenHash(token), clock.instant());
        audit.record(
                account.orgId(),
                account.id(),
                account.email(),
                AuditAction.TOKEN_CREATED,
                AuditDetail.of("tokenCreated", label));
        return new NewToken(id, token);
    }

    @Transactional
    public boolean revokeToken(Account account, long id) {
        boolean revoked = tokens.revoke(account.orgId(), account.id(), id, clock.instant());
        if (revoked) {
            audit.record(
                    account.orgId(),
                    account.id(),
                    account.email(),
                    AuditAction.TOKEN_REVOKED,
                    AuditDetail.of("tokenRevoked", String.valueOf(id)));
        }
        return revoked;
    }

    public List<ApiTokenRepository.Token> tokens(Account account) {
        return tokens.findAll(account.orgId(), account.id());
    }

    /** The account an active API token belongs to. */
    public Optional<Account> byToken(String token) {
        return tokens.use(Secrets.tokenHash(token), clock.instant())
                .flatMap(owner -> accounts.find(owner.orgId(), owner.userId()))
                .filter(Account::enabled);
    }
}
