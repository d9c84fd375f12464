package se.syfte.imports;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.database.StagedMerges;
import se.syfte.database.Upserted;
import se.syfte.targets.Target;
import se.syfte.targets.TargetPeriod;

/**
 * One import transaction's storing: salespeople, customers and targets row by row, visits, deals
 * and orders staged through the bulk loader and merged at the end; counts per kind, and the
 * customers created because rows named them.
 */
final class ImportStoring implements ImportSink {

    private final long org;
    private final ImportWriters writers;
    private final Map<ImportKind, ImportCounts> counts = new EnumMap<>(ImportKind.class);
    private final Set<String> newCustomers = new LinkedHashSet<>();
    private Map<String, Long> customerIds;
    private final Map<String, Long> customersAsWritten = new HashMap<>();
    private final Map<String, Long> salespersonIds = new HashMap<>();
    private final Map<ImportKind, StagedMerges.Staging> staged = new EnumMap<>(ImportKind.class);

    ImportStoring(long org, ImportWriters writers) {
        this.org = org;
        this.writers = writers;
    }

    @Override
    public void salesperson(ImportRows.SalespersonRow row) {
        long team = writers.teams().idOrAdd(org, row.team());
        count(ImportKind.SALESPEOPLE, writers.salespeople().save(org, team, row.name(), row.email()));
    }

    @Override
    public void customer(ImportRows.CustomerRow row) {
        count(
                ImportKind.CUSTOMERS,
                writers.customers()
                        .save(
                                org,
                                row.name(),
                                row.externalId(),
                                row.orgNumber(),
                                new CustomerRepository.Details(
                                        row.segment(), row.industry(), row.tier(), salespersonId(row.owner()))));
        customerIds = null;
    }

    @Override
    public void visit(ImportRows.VisitRow row) {
        staged(ImportKind.VISITS)
                .add(
                        row.externalId(),
                        row.date(),
                        row.time(),
                        salespersonId(row.salesperson()),
                        customerId(row.customer()),
                        row.purposeId(),
                        row.minutes(),
                        row.channel().name(),
                        row.note(),
                        row.status().name(),
                        row.statusGiven(),
                        row.planned());
    }

    @Override
    public void deal(ImportRows.DealRow row) {
        staged(ImportKind.DEALS)
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
        staged(ImportKind.ORDERS)
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
        Target target = new Target(
                salespersonId(row.salesperson()),
                row.team() == null ? null : writers.teams().idOrAdd(org, row.team()),
                row.purposeId(),
                TargetPeriod.valueOf(row.period().name()),
                row.start(),
                row.count());
        count(ImportKind.TARGETS, writers.targets().save(org, target));
    }

    /** Stores the staged rows. */
    void merge() {
        staged.forEach((kind, rows) -> {
            StagedMerges.Merged merged = rows.merge();
            counts.merge(
                    kind, new ImportCounts(merged.added(), merged.updated(), merged.unchanged()), ImportCounts::plus);
        });
    }

    Map<ImportKind, ImportCounts> counts() {
        return counts;
    }

    List<String> newCustomers() {
        return List.copyOf(newCustomers);
    }

    private StagedMerges.Staging staged(ImportKind kind) {
        return staged.computeIfAbsent(kind, k -> switch (k) {
            case VISITS -> writers.visits().stageImport(org);
            case DEALS -> writers.deals().stageImport(org);
            case ORDERS -> writers.orders().stageImport(org);
            default -> throw new IllegalArgumentException(k + " rows are stored one by one");
        });
    }

    private void count(ImportKind kind, Upserted outcome) {
        counts.merge(kind, ImportCounts.NONE.add(outcome), ImportCounts::plus);
    }

    /**
     * Customers are looked up by name in memory: all of them read at once (again after customer
     * rows changed them), and each name as the file writes it remembered, since files repeat
     * their names.
     */
    private long customerId(String name) {
        if (customerIds == null) {
            customerIds = writers.customers().idsByLowerCaseName(org);
            customersAsWritten.clear();
        }
        return customersAsWritten.computeIfAbsent(
                name,
                written -> customerIds.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> {
                    newCustomers.add(name);
                    return writers.customers().insert(org, name, null, null, null);
                }));
    }

    /** The reader has checked that every named salesperson exists or comes in the same import. */
    private Long salespersonId(String name) {
        return name == null
                ? null
                : salespersonIds.computeIfAbsent(
                        name,
                        written -> writers.salespeople().idByName(org, name).orElseThrow());
    }
}
