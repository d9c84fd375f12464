package se.syfte.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.syfte.audit.Actor;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditLog;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.database.TableStatistics;
import se.syfte.imports.csv.CsvFile;
import se.syfte.imports.db.ImportProfileRepository;
import se.syfte.imports.db.ImportStaging;
import se.syfte.imports.db.ImportStore;
import se.syfte.imports.ics.CalendarDirectory;
import se.syfte.imports.ics.IcsFile;
import se.syfte.imports.xlsx.ImportTemplate;
import se.syfte.imports.xlsx.XlsxSource;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.purposes.db.PurposeRepository;

/**
 * Imports Syfte's workbooks and CSV files into an organisation in one transaction: all or
 * nothing, or with {@code skipRejected} the valid rows and a reject file for the rest. A dry run
 * does the same work and rolls it back, so its counts are what would be stored.
 */
@Service
public class ImportService {

    private final PurposeRepository purposes;
    private final SalespersonRepository salespeople;
    private final ImportStore store;
    private final TransactionTemplate transactions;
    private final ImportProfileRepository profiles;
    private final ImportLimits limits;
    private final CustomerRepository customers;
    private final ImportStaging staging;
    private final AuditLog audit;
    private final TableStatistics statistics;

    ImportService(
            PurposeRepository purposes,
            SalespersonRepository salespeople,
            ImportStore store,
            TransactionTemplate transactions,
            ImportProfileRepository profiles,
            CustomerRepository customers,
            ImportStaging staging,
            AuditLog audit,
            TableStatistics statistics,
            @Value("${syfte.import.max-file-mb:100}") long maxFileMegabytes,
            @Value("${syfte.import.max-sheets:50}") int maxSheets,
            @Value("${syfte.import.max-columns:1000}") int maxColumns) {
        this.profiles = profiles;
        this.customers = customers;
        this.staging = staging;
        this.audit = audit;
        this.statistics = statistics;
        this.limits = new ImportLimits(
                maxFileMegabytes << 20,
                maxSheets,
                maxColumns,
                ImportLimits.DEFAULTS.maxUnpackedBytes(),
                ImportLimits.DEFAULTS.maxPackingRatio());
        this.purposes = purposes;
        this.salespeople = salespeople;
        this.store = store;
        this.transactions = transactions;
    }

    /** Reads a file by its kind: a workbook (.xlsx), CSV or a calendar (.ics); other files are refused. */
    public static List<SourceTable> tables(Path file) {
        return tables(file, ImportLimits.DEFAULTS, new ImportOptions(false, false), STOCKHOLM);
    }

    public static List<SourceTable> tables(Path file, ImportLimits limits) {
        return tables(file, limits, new ImportOptions(false, false), STOCKHOLM);
    }

    /** Reads a file within the limits, refusing one that goes beyond them before reading it. */
    public static List<SourceTable> tables(Path file, ImportLimits limits, ImportOptions options, ZoneId zone) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            limits.checkFile(file);
            List<SourceTable> tables = name.endsWith(".xlsx")
                    ? XlsxSource.read(file)
                    : name.endsWith(".csv") || name.endsWith(".txt")
                            ? List.of(CsvFile.read(file))
                            : name.endsWith(".ics") || options.format() == ImportFormat.ICS
                                    ? List.of(IcsFile.read(file, options.calendarFrom(), options.calendarTo(), zone))
                                    : null;
            if (tables != null) {
                tables.forEach(limits::checkColumns);
                return tables;
            }
        } catch (ImportRefusedException refused) {
            throw refused;
        } catch (IOException e) {
            throw new ImportRefusedException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            throw new ImportRefusedException(file.getFileName() + ": not a file Syfte can read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        throw new ImportRefusedException(
                file.getFileName() + ": Syfte imports .xlsx workbooks, .csv files and .ics calendars");
    }

    public ImportResult run(Organisation organisation, List<Path> files, ImportOptions options) {
        return run(organisation, files, options, ImportProgress.NONE);
    }

    public ImportResult run(
            Organisation organisation, List<Path> files, ImportOptions options, ImportProgress progress) {
        return run(organisation, files, options, progress, Actor.COMMAND_LINE);
    }

    /** Imports, and when anything was stored, writes who imported which files (with their hashes) to the audit log. */
    public ImportResult run(
            Organisation organisation, List<Path> files, ImportOptions options, ImportProgress progress, Actor actor) {
        return run(organisation, files, options, progress, actor, ImportScope.WHOLE_ORGANISATION);
    }

    /** The same, holding only the rows the scope allows (a manager's import). */
    public ImportResult run(
            Organisation organisation,
            List<Path> files,
            ImportOptions options,
            ImportProgress progress,
            Actor actor,
            ImportScope scope) {
        ImportResult result = read(organisation, files, options, progress, scope);
        if (result.stored()) {
            audit.record(organisation.id(), actor, AuditAction.IMPORT, describe(files, result));
        }
        return result;
    }

    private static String describe(List<Path> files, ImportResult result) {
        StringBuilder detail = new StringBuilder();
        for (Path file : files) {
            detail.append(file.getFileName())
                    .append(" (SHA-256 ")
                    .append(sha256(file))
                    .append(") ");
        }
        result.counts()
                .forEach((kind, counts) -> detail.append(kind.name().toLowerCase(Locale.ROOT))
                        .append(": ")
                        .append(counts.added())
                        .append(" added, ")
                        .append(counts.updated())
                        .append(" updated, ")
                        .append(counts.unchanged())
                        .append(" unchanged; "));
        detail.append(result.rejections().size()).append(" rejected");
        return detail.toString();
    }

    private static String sha256(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] chunk = new byte[1 << 16];
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                digest.update(chunk, 0, read);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private ImportResult read(
            Organisation organisation,
            List<Path> files,
            ImportOptions options,
            ImportProgress progress,
            ImportScope scope) {
        List<SourceTable> tables = new ArrayList<>();
        files.forEach(file -> tables.addAll(tables(file, limits, options, organisation.timeZone())));
        DateOrders dateOrders = new DateOrders();
        while (true) {
            try {
                return attempt(organisation, files, tables, options, progress, dateOrders, scope);
            } catch (DateOrders.Learned learned) {
                // Nothing was kept; the files are read again with the column's order now known.
            }
        }
    }

    private ImportResult attempt(
            Organisation organisation,
            List<Path> files,
            List<SourceTable> tables,
            ImportOptions options,
            ImportProgress progress,
            DateOrders dateOrders,
            ImportScope scope) {
        long org = organisation.id();
        List<Salesperson> people =
                salespeople.findAll(org).stream().filter(scope::includes).toList();
        ImportReader reader = new ImportReader(
                        purposes.findAll(org),
                        people.stream().map(Salesperson::name).toList(),
                        keywordRules(org),
                        options,
                        dateOrders)
                .withCalendarDirectory(new CalendarDirectory(people, customers.names(org)))
                .restrictedTo(scope);
        Map<ImportKind, ImportCounts> counts = new EnumMap<>(ImportKind.class);
        Set<String> newCustomers = new LinkedHashSet<>();
        ImportPlan plan = transactions.execute(status -> {
            Storing storing = new Storing(org, counts, newCustomers);
            ImportPlan read = reader.read(tables, storing, progress);
            boolean refused = !read.rejections.isEmpty() && !options.skipRejected();
            if (!refused) {
                storing.merge();
                if (!options.dryRun()) {
                    statistics.refresh();
                }
            }
            if (refused || options.dryRun()) {
                status.setRollbackOnly();
            }
            return read;
        });
        if (!plan.rejections.isEmpty() && !options.skipRejected()) {
            return new ImportResult(false, Map.of(), List.of(), plan.rejections(), plan.notes(), List.of());
        }
        List<Path> rejectFiles = List.of();
        if (!plan.rejections.isEmpty() && !options.dryRun()) {
            try {
                Map<String, Path> sources = new HashMap<>();
                files.forEach(file -> sources.put(file.getFileName().toString(), file.toAbsolutePath()));
                rejectFiles = RejectFiles.write(sources, plan.rejections, plan.rejectedRows);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the reject file", e);
            }
        }
        return new ImportResult(
                !options.dryRun(), counts, List.copyOf(newCustomers), plan.rejections(), plan.notes(), rejectFiles);
    }

    /** The options with a saved profile's mapping and kind; an unknown name is refused, naming the saved ones. */
    public ImportOptions withProfile(Organisation organisation, ImportOptions options, String name) {
        ImportProfileRepository.Profile profile = profiles.find(organisation.id(), name)
                .orElseThrow(() -> new ImportRefusedException("There is no import profile '" + name + "'"
                        + (profiles.names(organisation.id()).isEmpty()
                                ? "; save one with --save-profile."
                                : "; there are " + String.join(", ", profiles.names(organisation.id())) + ".")));
        return new ImportOptions(
                options.dryRun(),
                options.skipRejected(),
                options.format(),
                options.keepUnclassified(),
                profile.kind(),
                profile.mapping(),
                options.calendarFrom(),
                options.calendarTo());
    }

    public void saveProfile(Organisation organisation, String name, ImportOptions options) {
        profiles.save(organisation.id(), new ImportProfileRepository.Profile(name, options.kind(), options.mapping()));
    }

    /** The import workbook for this organisation: its purposes and salespeople in the drop-down lists. */
    public void template(Organisation organisation, Locale locale, java.io.OutputStream out) throws IOException {
        ImportTemplate.write(
                out,
                locale,
                purposes.findAll(organisation.id()).stream()
                        .map(p -> p.name(locale))
                        .toList(),
                salespeople.findAll(organisation.id()).stream()
                        .map(Salesperson::name)
                        .toList());
    }

    /**
     * One transaction's storing: salespeople, customers and targets row by row, visits, deals and
     * orders staged through the bulk loader and merged at the end; counts per kind, and the
     * customers created because rows named them.
     */
    private final class Storing implements ImportSink {
        private final long org;
        private final Map<ImportKind, ImportCounts> counts;
        private final Set<String> newCustomers;
        private Map<String, Long> customerIds;
        private final Map<String, Long> customersAsWritten = new HashMap<>();
        private final Map<String, Long> salespersonIds = new HashMap<>();
        private final Map<ImportStaging.Kind, ImportStaging.Staged> staged = new EnumMap<>(ImportStaging.Kind.class);

        Storing(long org, Map<ImportKind, ImportCounts> counts, Set<String> newCustomers) {
            this.org = org;
            this.counts = counts;
            this.newCustomers = newCustomers;
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

        void merge() {
            staged.forEach((kind, rows) -> counts.merge(kind.imported(), rows.merge(), ImportService::sum));
        }

        private ImportStaging.Staged staged(ImportStaging.Kind kind) {
            return staged.computeIfAbsent(kind, k -> staging.stage(org, k));
        }

        private void count(ImportKind kind, ImportCounts.Outcome outcome) {
            counts.merge(kind, ImportCounts.NONE.add(outcome), ImportService::sum);
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
                    written -> customerIds.computeIfAbsent(key(name), key -> {
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

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** The purposes' keywords, and their Swedish and English names, which are the strongest keywords of all. */
    private KeywordRules keywordRules(long org) {
        Map<Long, List<String>> keywords = new HashMap<>();
        purposes.keywordsByPurpose(org).forEach((purpose, words) -> keywords.put(purpose, new ArrayList<>(words)));
        purposes.findAll(org)
                .forEach(purpose -> keywords.computeIfAbsent(purpose.id(), id -> new ArrayList<>())
                        .addAll(List.of(purpose.nameSv(), purpose.nameEn())));
        return new KeywordRules(keywords);
    }

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static ImportCounts sum(ImportCounts a, ImportCounts b) {
        return new ImportCounts(a.added() + b.added(), a.updated() + b.updated(), a.unchanged() + b.unchanged());
    }
}
