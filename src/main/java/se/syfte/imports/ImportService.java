package se.syfte.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.syfte.analytics.core.Scope;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditLog;
import se.syfte.customers.VisibleCustomer;
import se.syfte.customers.db.CustomerHistoryQuery;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.database.TableStatistics;
import se.syfte.imports.db.ImportLock;
import se.syfte.imports.db.ImportProfileRepository;
import se.syfte.imports.ics.CalendarDirectory;
import se.syfte.imports.xlsx.ImportTemplate;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
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
    private final CustomerRepository customers;
    private final OrganisationService organisations;
    private final ImportWriters writers;
    private final ImportProfileRepository profiles;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final TableStatistics statistics;
    private final ImportLimits limits;
    private final ImportTurns turns;
    private final CustomerHistoryQuery visibleCustomers;

    ImportService(
            PurposeRepository purposes,
            SalespersonRepository salespeople,
            CustomerRepository customers,
            OrganisationService organisations,
            ImportWriters writers,
            ImportProfileRepository profiles,
            TransactionTemplate transactions,
            AuditLog audit,
            TableStatistics statistics,
            ImportLock lock,
            CustomerHistoryQuery visibleCustomers,
            @Value("${syfte.import.max-file-mb:100}") long maxFileMegabytes,
            @Value("${syfte.import.max-sheets:50}") int maxSheets,
            @Value("${syfte.import.max-columns:1000}") int maxColumns) {
        this.purposes = purposes;
        this.salespeople = salespeople;
        this.customers = customers;
        this.organisations = organisations;
        this.writers = writers;
        this.profiles = profiles;
        this.transactions = transactions;
        this.audit = audit;
        this.statistics = statistics;
        this.turns = new ImportTurns(transactions, lock);
        this.visibleCustomers = visibleCustomers;
        this.limits = new ImportLimits(
                maxFileMegabytes << 20,
                maxSheets,
                maxColumns,
                ImportLimits.DEFAULTS.maxUnpackedBytes(),
                ImportLimits.DEFAULTS.maxPackingRatio());
    }

    /** Imports, and when anything was stored, writes who imported which files (with their hashes) to the audit log. */
    public ImportResult run(ImportRequest request) {
        Organisation organisation = request.organisation();
        LocalDate today = organisations.today(organisation);
        ImportOptions options = request.options().calendarWindowFrom(today);
        List<SourceTable> tables = new ArrayList<>();
        request.files()
                .forEach(file -> tables.addAll(ImportFiles.read(file, limits, options, organisation.timeZone())));
        ImportResult result = store(request, options, tables, today);
        if (result.stored()) {
            audit.record(
                    organisation.id(),
                    request.actor(),
                    AuditAction.IMPORT,
                    ImportAuditDetail.of(request.files(), result));
        }
        return result;
    }

    private ImportResult store(
            ImportRequest request, ImportOptions options, List<SourceTable> tables, LocalDate today) {
        long org = request.organisation().id();
        List<Salesperson> people = salespeople.findAll(org).stream()
                .filter(request.scope()::includes)
                .toList();
        ImportReader reader = new ImportReader(
                purposes.findAll(org),
                people.stream().map(Salesperson::name).toList(),
                keywordRules(org),
                options,
                new CalendarDirectory(people, customers.names(org)),
                request.scope(),
                customersInScope(org, request.scope()),
                today);
        ImportStoring storing = new ImportStoring(org, writers);
        ImportPlan plan = turns.inTurn(org, status -> {
            ImportPlan read = reader.read(tables, storing, request.progress());
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
            return new ImportResult(
                    false, Map.of(), List.of(), plan.rejections(), plan.notes(), List.of(), plan.tables());
        }
        List<Path> rejectFiles = List.of();
        if (!plan.rejections.isEmpty() && !options.dryRun()) {
            try {
                Map<String, Path> sources = new HashMap<>();
                request.files().forEach(file -> sources.put(file.getFileName().toString(), file.toAbsolutePath()));
                rejectFiles = RejectFiles.write(sources, request.rejects(), plan.rejections, plan.rejectedRows);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the reject file", e);
            }
        }
        return new ImportResult(
                !options.dryRun(),
                storing.counts(),
                storing.newCustomers(),
                plan.rejections(),
                plan.notes(),
                rejectFiles,
                plan.tables());
    }

    /**
     * The options a person's choices make, with their saved profile applied; a choice that is not
     * one, an unknown profile or a calendar window that ends before it starts is refused.
     */
    public ImportOptions options(Organisation organisation, ImportChoices choices, boolean dryRun) {
        ImportOptions options = choices.options(dryRun);
        if (choices.profile() != null && !choices.profile().isBlank()) {
            options = withProfile(organisation, options, choices.profile().strip());
        }
        ImportOptions dated = options.calendarWindowFrom(organisations.today(organisation));
        if (!dated.calendarFrom().isBefore(dated.calendarTo())) {
            throw new ImportChoices.Wrong(
                    "from", "from " + dated.calendarFrom() + " must come before to " + dated.calendarTo());
        }
        return options;
    }

    /** The options with a saved profile's mapping and kind; an unknown name is refused, naming the saved ones. */
    public ImportOptions withProfile(Organisation organisation, ImportOptions options, String name) {
        ImportProfileRepository.Profile profile = profiles.find(organisation.id(), name)
                .orElseThrow(() -> new ImportRefusedException(
                        profiles.names(organisation.id()).isEmpty()
                                ? ImportText.refusal("noProfiles", name)
                                : ImportText.refusal(
                                        "noProfile", name, String.join(", ", profiles.names(organisation.id())))));
        return options.withLayout(profile.kind(), profile.mapping());
    }

    /** The names of the organisation's saved import profiles. */
    public List<String> profileNames(Organisation organisation) {
        return profiles.names(organisation.id());
    }

    public void saveProfile(Organisation organisation, String name, ImportOptions options) {
        if (String.join("\n", options.mapping().written()).length() > 8000) {
            throw new ImportChoices.Wrong("save-profile", "a profile holds a mapping of at most 8,000 characters");
        }
        profiles.save(organisation.id(), new ImportProfileRepository.Profile(name, options.kind(), options.mapping()));
    }

    /** The import workbook for this organisation: its purposes and salespeople in the drop-down lists. */
    public void template(Organisation organisation, Locale locale, OutputStream out) throws IOException {
        template(organisation, ImportScope.WHOLE_ORGANISATION, locale, out);
    }

    /** The same, listing only the salespeople the scope holds: a manager's template names their teams' alone. */
    public void template(Organisation organisation, ImportScope scope, Locale locale, OutputStream out)
            throws IOException {
        ImportTemplate.write(
                out,
                locale,
                purposes.findAll(organisation.id()).stream()
                        .map(p -> p.name(locale))
                        .toList(),
                salespeople.findAll(organisation.id()).stream()
                        .filter(scope::includes)
                        .map(Salesperson::name)
                        .toList());
    }

    /** What a restricted import may change of the stored customers; everything for an admin's. */
    private CustomersInScope customersInScope(long org, ImportScope scope) {
        if (!scope.restricted()) {
            return CustomersInScope.ALL;
        }
        Set<Long> visible = visibleCustomers
                .visible(new Scope(org, scope.salespeople().orElseThrow()), false)
                .stream()
                .map(VisibleCustomer::id)
                .collect(Collectors.toSet());
        return new CustomersInScope(customers.idsByLowerCaseName(org), customers.idsByExternalId(org), visible);
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
}
