package se.syfte.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.analytics.core.Scope;
import se.syfte.audit.Actor;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditDetail;
import se.syfte.audit.AuditLog;
import se.syfte.customers.db.CustomerHistoryQuery;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;

/**
 * What other features' pages may know of an organisation's customers (their names, and their ids
 * by name), and the one change made to a customer outside an import: its tier and owner.
 */
@Service
public class CustomerService {

    private static final List<String> TIERS = List.of("A", "B", "C");

    private final CustomerRepository customers;
    private final CustomerHistoryQuery visible;
    private final OrganisationService organisations;
    private final AuditLog audit;

    CustomerService(
            CustomerRepository customers,
            CustomerHistoryQuery visible,
            OrganisationService organisations,
            AuditLog audit) {
        this.customers = customers;
        this.visible = visible;
        this.organisations = organisations;
        this.audit = audit;
    }

    public List<String> names(long orgId) {
        return customers.names(orgId);
    }

    /** The ids of the customers a page names, to link them: only those, not all of the organisation's. */
    public Map<String, Long> idsByName(long orgId, java.util.Collection<String> names) {
        return customers.idsByName(orgId, names);
    }

    /**
     * Gives a customer the caller may see a tier and an owner among the salespeople the caller may
     * see, and writes it to the audit log; a customer out of sight is not found.
     */
    @Transactional
    public VisibleCustomer assign(
            Scope scope, boolean everything, long customerId, CustomerAssignment assignment, Actor actor) {
        VisibleCustomer before = visible.visible(scope, customerId, everything)
                .orElseThrow(() -> new CustomerNotFoundException(customerId));
        Map<String, String> wrong = new LinkedHashMap<>();
        String tier =
                assignment.tier() == null ? null : assignment.tier().strip().toUpperCase(Locale.ROOT);
        if (tier != null && !tier.isEmpty() && !TIERS.contains(tier)) {
            wrong.put("tier", "'" + assignment.tier() + "' is not a tier: give A, B or C, or an empty one to clear it");
        }
        Optional<Salesperson> owner = Optional.empty();
        String ownerName =
                assignment.owner() == null ? null : assignment.owner().strip();
        if (ownerName != null && !ownerName.isEmpty()) {
            owner = organisations.salespeople(scope.orgId()).stream()
                    .filter(person ->
                            scope.includes(person.id()) && person.name().equalsIgnoreCase(ownerName))
                    .findFirst();
            if (owner.isEmpty()) {
                wrong.put("owner", "no salesperson named '" + ownerName + "' that you may assign");
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidAssignmentException(wrong);
        }
        customers.assign(
                scope.orgId(),
                customerId,
                tier != null,
                tier == null || tier.isEmpty() ? null : tier,
                ownerName != null,
                owner.map(Salesperson::id).orElse(null));
        VisibleCustomer after = visible.visible(scope, customerId, everything).orElseThrow();
        if (!Objects.equals(before.tier(), after.tier()) || !Objects.equals(before.owner(), after.owner())) {
            audit.record(
                    scope.orgId(),
                    actor,
                    AuditAction.CUSTOMER_CHANGED,
                    AuditDetail.of(
                            "customerChanged",
                            after.name(),
                            shown(before.tier()),
                            shown(after.tier()),
                            shown(before.owner()),
                            shown(after.owner())));
        }
        return after;
    }

    private static AuditDetail.Argument shown(String value) {
        return value == null ? AuditDetail.term("audit.detail.none") : new AuditDetail.Text(value);
    }
}
