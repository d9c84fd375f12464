package se.syfte.imports;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.syfte.imports.db.ImportStaging;
import se.syfte.imports.db.ImportStore;

/**
 * One import transaction's storing: salespeople, customers and targets row by row, visits, deals
 * and orders staged through the bulk loader and merged at the end; counts per kind, and the
 * customers created because rows named them.
 */
final class ImportStoring implements ImportSink {

    private final long org;
    private final ImportStore store;
    private final ImportStaging staging;
    private final Map<ImportKind, ImportCounts> counts = new EnumMap<>(ImportKind.class);
    private final Set<String> newCustomers = new LinkedHashSet<>();
    private Map<String, Long> customerIds;
    private final Map<String, Long> customersAsWritten = new HashMap<>();
    private final Map<String, Long> salespersonIds = new HashMap<>();
    private final Map<ImportStaging.Kind, ImportStaging.Staged> staged = new EnumMap<>(ImportStaging.Kind.class);

    ImportStoring(long org, ImportStore store, ImportStaging staging) {
        this.org = org;
        this.store = store;
        this.staging = staging;
    }

    @Override
    public void salesperson(ImportRows.SalespersonRow row) {
        count(ImportKind.SALESPEOPLE, store.salesperson(org, row));
    }

    @Override
    public void customer(ImportRows.CustomerRow row) {
        count(ImportKind.CUSTOMERS, store.customer(org, row));
        customerIds = null;
    }

    @Override
    public void visit(ImportRows.VisitRow row) {
        staged(ImportStaging.Kind.VISITS)
                .add(
                        row.externalId(),
                        row.date(),
                        row.time(),
                        salespersonId(row.salesperson()),
                        customerId(row.customer()),
                        row.purposeId(),
                        row.minutes(),
                        row.channel().name(),
                        row.note());
    }

    @Override
    public void deal(ImportRows.DealRow row) {
        staged(ImportStaging.Kind.DEALS)
                .add(
                        row.externalId(),
                        customerId(row.customer()),
                        salespersonId(row.owner()),
                        row.title(),
                        row.created(),
                        row.stage(),
                        row.value(),
                        row.currency(),
                        row.status().name(),
                        row.closed());
    }

    @Override
    public void order(ImportRows.OrderRow row) {
        staged(ImportStaging.Kind.ORDERS)
                .add(
                        row.externalId(),
                        customerId(row.customer()),
                        salespersonId(row.salesperson()),
                        row.date(),
                        row.amount(),
                        row.currency());
    }

    @Override
    public void target(ImportRows.TargetRow row) {
        count(
                ImportKind.TARGETS,
                store.target(
                        org,
                        row,
                        salespersonId(row.salesperson()),
                        row.team() == null ? null : store.team(org, row.team())));
    }

    /** Stores the staged rows. */
    void merge() {
        staged.forEach((kind, rows) -> counts.merge(kind.imported(), rows.merge(), ImportCounts::plus));
    }

    Map<ImportKind, ImportCounts> counts() {
        return counts;
    }

    List<String> newCustomers() {
        return List.copyOf(newCustomers);
    }

    private ImportStaging.Staged staged(ImportStaging.Kind kind) {
        return staged.computeIfAbsent(kind, k -> staging.stage(org, k));
    }

    private void count(ImportKind kind, ImportCounts.Outcome outcome) {
        counts.merge(kind, ImportCounts.NONE.add(outcome), ImportCounts::plus);
    }

    /**
     * Customers are looked up by name in memory: all of them read at once (again after customer
     * rows changed them), and each name as the file writes it remembered, since files repeat
     * their names.
     */
    private long customerId(String name) {
        if (customerIds == null) {
            customerIds = store.customerIdsByName(org);
            customersAsWritten.clear();
        }
        return customersAsWritten.computeIfAbsent(
                name,
                written -> customerIds.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> {
                    newCustomers.add(name);
                    return store.newCustomer(org, name);
                }));
    }

    /** The reader has checked that every named salesperson exists or comes in the same import. */
    private Long salespersonId(String name) {
        return name == null
                ? null
                : salespersonIds.computeIfAbsent(
                        name, written -> store.salespersonId(org, name).orElseThrow());
    }
}
