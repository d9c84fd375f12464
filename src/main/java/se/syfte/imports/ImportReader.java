package se.syfte.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.syfte.analytics.core.Period;
import se.syfte.customers.OrgNumber;
import se.syfte.deals.DealStatus;
import se.syfte.imports.ics.CalendarDirectory;
import se.syfte.imports.ics.IcsFile;
import se.syfte.purposes.Purpose;
import se.syfte.visits.Channel;

/**
 * Turns tables into an {@link ImportPlan}: recognises each table's kind and columns, and checks
 * every row, rejecting it with the column, value and reason when it cannot be stored.
 */
public final class ImportReader {

    private static final Map<String, Channel> CHANNELS = Map.ofEntries(
            Map.entry("on_site", Channel.ON_SITE),
            Map.entry("onsite", Channel.ON_SITE),
            Map.entry("på plats", Channel.ON_SITE),
            Map.entry("besök", Channel.ON_SITE),
            Map.entry("fysiskt", Channel.ON_SITE),
            Map.entry("in person", Channel.ON_SITE),
            Map.entry("video", Channel.VIDEO),
            Map.entry("teams", Channel.VIDEO),
            Map.entry("videomöte", Channel.VIDEO),
            Map.entry("phone", Channel.PHONE),
            Map.entry("telefon", Channel.PHONE),
            Map.entry("call", Channel.PHONE));

    private final Map<String, Long> purposes = new HashMap<>();
    private final Map<Long, String> purposeCodes = new HashMap<>();
    private final Set<String> knownSalespeople = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final KeywordRules rules;
    private final ImportFormat format;
    private final boolean keepUnclassified;
    private final Optional<ImportKind> forcedKind;
    private final ColumnMapping mapping;
    private final Set<SourceTable> crmTables = new HashSet<>();
    private CalendarDirectory calendar;
    private final Map<SourceTable, ImportKind> mappedKinds = new HashMap<>();
    private final DateOrders dateOrders;
    private ImportSink sink;
    private boolean restricted;
    private ImportProgress progress = ImportProgress.NONE;
    private long rowsRead;
    private long total;

    public ImportReader(List<Purpose> purposes, List<String> salespeople, KeywordRules rules, ImportOptions options) {
        this(purposes, salespeople, rules, options, new DateOrders());
    }

    ImportReader(
            List<Purpose> purposes,
            List<String> salespeople,
            KeywordRules rules,
            ImportOptions options,
            DateOrders dateOrders) {
        this.dateOrders = dateOrders;
        this.rules = rules;
        this.format = options.format();
        this.keepUnclassified = options.keepUnclassified();
        this.forcedKind = options.kind();
        this.mapping = options.mapping();
        for (Purpose purpose : purposes) {
            purposeCodes.put(purpose.id(), purpose.code());
            this.purposes.put(purpose.code().toLowerCase(Locale.ROOT), purpose.id());
            this.purposes.put(purpose.nameSv().toLowerCase(Locale.ROOT), purpose.id());
            this.purposes.put(purpose.nameEn().toLowerCase(Locale.ROOT), purpose.id());
        }
        knownSalespeople.addAll(salespeople);
    }

    /**
     * Reads the tables and hands every row it understands to the sink as it goes: salespeople
     * first, so that other rows may name those the same import adds, then the other kinds in
     * the order they are stored.
     */
    public ImportPlan read(List<SourceTable> tables, ImportSink sink, ImportProgress progress) {
        this.sink = sink;
        this.progress = progress;
        ImportPlan plan = new ImportPlan();
        List<Map.Entry<SourceTable, ImportKind>> kinds = new java.util.ArrayList<>();
        for (SourceTable read : tables) {
            SourceTable table = mapping.isEmpty() ? asSyfteLayout(read, plan) : mapped(read, plan);
            if (table == null) {
                continue;
            }
            Optional<ImportKind> kind = forcedKind.isPresent()
                    ? forcedKind
                    : mappedKinds.containsKey(table)
                            ? Optional.of(mappedKinds.get(table))
                            : table.sheet() != null
                                    ? ImportKind.ofSheet(table.sheet())
                                    : ImportKind.ofHeaders(table.headers());
            if (kind.isEmpty()) {
                table.notes().forEach(note -> plan.notes.add(table.place() + ": " + note));
                if (table.sheet() != null) {
                    if (table.notes().isEmpty()) {
                        plan.notes.add(table.place() + ": not a sheet Syfte imports, left out");
                    }
                } else {
                    plan.rejections.add(new RowRejection(
                            table.file(),
                            null,
                            1,
                            null,
                            null,
                            "cannot tell what this file holds: its header row lacks the columns of visits, customers"
                                    + " or salespeople"));
                }
                continue;
            }
            kinds.add(Map.entry(table, kind.get()));
        }
        kinds.sort(Map.Entry.comparingByValue());
        total = kinds.stream().allMatch(table -> table.getKey().rows().knownSize() >= 0)
                ? kinds.stream()
                        .mapToLong(table -> table.getKey().rows().knownSize())
                        .sum()
                : -1;
        kinds.forEach(table -> readTable(table.getKey(), table.getValue(), plan));
        progress.read(rowsRead, rowsRead);
        return plan;
    }

    /**
     * A file of another layout read through {@code --map}: for the kind named with {@code --kind},
     * else the first kind that has every mapped field and, once mapped, its required columns.
     */
    private SourceTable mapped(SourceTable table, ImportPlan plan) {
        // In a workbook the mapping reads the sheets that have its columns; the others are left out.
        boolean hasColumns = mapping.columns().values().stream()
                .allMatch(
                        column -> table.headers().stream().anyMatch(header -> column.equalsIgnoreCase(header.strip())));
        if (table.sheet() != null && !hasColumns) {
            plan.notes.add(table.place() + ": lacks the columns --map reads, left out");
            return null;
        }
        Optional<ImportKind> kind = forcedKind.or(() -> java.util.Arrays.stream(ImportKind.values())
                .filter(candidate -> mapping.columns().keySet().stream()
                        .allMatch(field -> candidate.fields().stream()
                                .anyMatch(f -> f.key().equals(field))))
                .filter(candidate -> {
                    SourceTable trial = mapping.apply(table, candidate, new ImportPlan());
                    return trial != null
                            && ImportKind.ofHeaders(trial.headers())
                                    .filter(candidate::equals)
                                    .isPresent();
                })
                .findFirst());
        if (kind.isEmpty()) {
            plan.rejections.add(new RowRejection(
                    table.file(),
                    table.sheet(),
                    1,
                    null,
                    null,
                    "cannot tell what --map reads this file as: name it with --kind"));
            return null;
        }
        SourceTable mapped = mapping.apply(table, kind.get(), plan);
        if (mapped != null) {
            mappedKinds.put(mapped, kind.get());
        }
        return mapped;
    }

    /** A manager's import: no salespeople, no team targets (their rows name only their own salespeople). */
    ImportReader restrictedTo(ImportScope scope) {
        this.restricted = scope.restricted();
        return this;
    }

    /** The directory calendar meetings are matched against: salespeople and customers. */
    public ImportReader withCalendarDirectory(CalendarDirectory directory) {
        this.calendar = directory;
        return this;
    }

    /** A CRM export or calendar rewritten in Syfte's layout; null when the format asked for does not fit. */
    private SourceTable asSyfteLayout(SourceTable table, ImportPlan plan) {
        if (table.headers().equals(IcsFile.HEADERS)) {
            SourceTable visits = fromCalendar(table);
            crmTables.add(visits);
            return visits;
        }
        if (format == ImportFormat.SYFTE || format == ImportFormat.ICS) {
            return table;
        }
        Optional<CrmFormat> layout = CrmFormat.of(table.headers()).filter(format::allows);
        if (layout.isPresent()) {
            SourceTable translated = CrmTranslation.translate(table, layout.get(), rules, purposeCodes);
            crmTables.add(translated);
            return translated;
        }
        if (format != ImportFormat.AUTO) {
            plan.rejections.add(new RowRejection(
                    table.file(),
                    table.sheet(),
                    1,
                    null,
                    null,
                    "not a " + format.id() + " export Syfte knows: its header row lacks the columns that tell one"));
            return null;
        }
        return table;
    }

    private SourceTable fromCalendar(SourceTable meetings) {
        CalendarDirectory directory = calendar == null ? new CalendarDirectory(List.of(), List.of()) : calendar;
        SourceRows rows = meetings.rows().map(meeting -> {
            String purpose = rules.classify(meeting.cell(6) + " " + meeting.cell(7))
                    .map(purposeCodes::get)
                    .orElse("");
            return new SourceTable.SourceRow(meeting.number(), directory.visit(meeting, purpose));
        });
        long meetingCount = rows.knownSize();
        List<String> notes = new java.util.ArrayList<>(meetings.notes());
        notes.add(
                "read as a calendar: " + meetingCount + " meeting" + (meetingCount == 1 ? "" : "s") + " in the window");
        return new SourceTable(
                meetings.file(),
                meetings.sheet(),
                ImportKind.VISITS.fields().stream().map(ImportField::english).toList(),
                rows,
                notes);
    }

    private void readTable(SourceTable table, ImportKind kind, ImportPlan plan) {
        table.notes().forEach(note -> plan.notes.add(table.place() + ": " + note));
        if (restricted && kind == ImportKind.SALESPEOPLE) {
            plan.rejections.add(
                    new RowRejection(table.file(), table.sheet(), 1, null, null, "only an admin imports salespeople"));
            return;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            Optional<ImportField> field =
                    kind.fields().stream().filter(f -> f.matches(header)).findFirst();
            if (field.isPresent() && !columns.containsKey(field.get().key())) {
                columns.put(field.get().key(), i);
            } else if (header != null && !header.isBlank()) {
                plan.notes.add(table.place() + ": column '" + header + "' is not one Syfte reads, left out");
            }
        }
        for (ImportField field : kind.fields()) {
            if (field.required() && !columns.containsKey(field.key())) {
                plan.rejections.add(new RowRejection(
                        table.file(),
                        table.sheet(),
                        1,
                        field.english(),
                        null,
                        "the required column '" + field.swedish() + "' / '" + field.english() + "' is missing"));
                return;
            }
        }
        Set<String> monthFirst = new HashSet<>();
        Map<String, Values.SlashTally> tallies = new LinkedHashMap<>();
        for (String key : List.of("date", "created", "closed", "period_start")) {
            Integer index = columns.get(key);
            if (index == null) {
                continue;
            }
            String header = table.headers().get(index);
            switch (dateOrders.of(table, header)) {
                case MONTH_FIRST -> monthFirst.add(key);
                case MIXED -> {
                    plan.rejections.add(new RowRejection(
                            table.file(),
                            table.sheet(),
                            1,
                            header,
                            null,
                            "the column writes some dates day first and some month first; write them one way"));
                    return;
                }
                default -> {}
            }
            tallies.put(key, new Values.SlashTally());
        }
        int blank = 0;
        Set<String> externalIds = new HashSet<>();
        try (java.util.stream.Stream<SourceTable.SourceRow> rows = table.rows().open()) {
            for (SourceTable.SourceRow row : (Iterable<SourceTable.SourceRow>) rows::iterator) {
                progress.read(++rowsRead, total);
                if (row.skipped() != null) {
                    plan.notes.add(table.place() + ": " + row.skipped());
                    continue;
                }
                if (row.isBlank()) {
                    blank++;
                    continue;
                }
                tallies.forEach((key, tally) -> tally.add(row.cell(columns.get(key))));
                Cells cells = new Cells(new ImportRows.Source(table, row), columns, kind, plan, monthFirst);
                switch (kind) {
                    case SALESPEOPLE -> salesperson(cells, plan);
                    case CUSTOMERS -> customer(cells, plan, externalIds);
                    case VISITS -> visit(cells, plan, externalIds);
                    case DEALS -> deal(cells, plan, externalIds);
                    case ORDERS -> order(cells, plan, externalIds);
                    case TARGETS -> target(cells, plan);
                }
            }
        }
        tallies.forEach((key, tally) -> {
            String header = table.headers().get(columns.get(key));
            Values.SlashOrder order = tally.order();
            if (order == Values.SlashOrder.MIXED
                    || (order == Values.SlashOrder.MONTH_FIRST && !monthFirst.contains(key))) {
                dateOrders.learn(table, header, order);
            }
            if (order == Values.SlashOrder.MONTH_FIRST) {
                plan.notes.add(table.place() + ": dates in column '" + header
                        + "' read month first (as 10/15/2026), the order the column shows");
            } else if (order == Values.SlashOrder.UNDECIDED) {
                plan.notes.add(table.place() + ": dates in column '" + header
                        + "' read day first (as 29/11/2026); none of them shows the order");
            }
        });
        if (blank > 0) {
            plan.notes.add(table.place() + ": " + blank + " empty row" + (blank == 1 ? "" : "s") + " skipped");
        }
    }

    private void salesperson(Cells cells, ImportPlan plan) {
        String name = cells.required("name");
        String team = cells.required("team");
        if (cells.ok()) {
            sink.salesperson(new ImportRows.SalespersonRow(cells.source, name, team, cells.optional("email")));
            knownSalespeople.add(name);
        }
    }

    private void customer(Cells cells, ImportPlan plan, Set<String> externalIds) {
        String name = cells.required("name");
        String externalId = cells.unique("external_id", externalIds);
        String number = cells.optional("org_number");
        OrgNumber orgNumber = null;
        if (number != null) {
            orgNumber = OrgNumber.parse(number).orElse(null);
            if (orgNumber == null) {
                cells.reject(
                        "org_number",
                        number,
                        "not a valid Swedish organisation number (NNNNNN-NNNN with its check digit)");
            }
        }
        if (cells.ok()) {
            sink.customer(new ImportRows.CustomerRow(
                    cells.source, name, externalId, orgNumber, cells.optional("segment"), cells.optional("industry")));
        }
    }

    private static final Map<String, DealStatus> STATUSES = Map.ofEntries(
            Map.entry("open", DealStatus.OPEN),
            Map.entry("öppen", DealStatus.OPEN),
            Map.entry("pågående", DealStatus.OPEN),
            Map.entry("won", DealStatus.WON),
            Map.entry("vunnen", DealStatus.WON),
            Map.entry("closed won", DealStatus.WON),
            Map.entry("lost", DealStatus.LOST),
            Map.entry("förlorad", DealStatus.LOST),
            Map.entry("closed lost", DealStatus.LOST),
            Map.entry("closedwon", DealStatus.WON),
            Map.entry("closedlost", DealStatus.LOST));

    private static final Map<String, Period> PERIODS = Map.ofEntries(
            Map.entry("week", Period.WEEK),
            Map.entry("vecka", Period.WEEK),
            Map.entry("month", Period.MONTH),
            Map.entry("månad", Period.MONTH),
            Map.entry("quarter", Period.QUARTER),
            Map.entry("kvartal", Period.QUARTER),
            Map.entry("year", Period.YEAR),
            Map.entry("år", Period.YEAR));

    private void knownSalesperson(Cells cells, String key, String name) {
        if (name != null && !knownSalespeople.contains(name)) {
            cells.reject(
                    key,
                    name,
                    "no salesperson of that name"
                            + ClosestName.to(name, knownSalespeople)
                                    .map(known -> "; did you mean '" + known + "'?")
                                    .orElse(""));
        }
    }

    private void deal(Cells cells, ImportPlan plan, Set<String> externalIds) {
        String externalId = cells.unique("external_id", externalIds);
        String customer = cells.required("customer");
        String owner = cells.optional("owner");
        knownSalesperson(cells, "owner", owner);
        LocalDate created =
                cells.date("created", "not a date (write 2026-11-29, 29.11.2026, 29/11/2026 or 2026/11/29)");
        // A deal whose value nobody knows yet is stored at zero.
        BigDecimal value = cells.optional("value") == null
                ? BigDecimal.ZERO
                : cells.parsed("value", Values::decimal, "not an amount");
        if (value != null && value.signum() < 0) {
            cells.reject("value", cells.optional("value"), "a deal's value cannot be negative");
        }
        String statusText = cells.required("status");
        DealStatus status = statusText == null ? null : STATUSES.get(statusText.toLowerCase(Locale.ROOT));
        if (statusText != null && status == null) {
            cells.reject("status", statusText, "not a status (open, won or lost)");
        }
        LocalDate closed = null;
        if (cells.optional("closed") != null) {
            closed = cells.date("closed", "not a date");
        } else if (status != null && status != DealStatus.OPEN) {
            cells.reject("closed", "", "a " + status.name().toLowerCase(Locale.ROOT) + " deal needs its close date");
        }
        if (cells.ok()) {
            sink.deal(new ImportRows.DealRow(
                    cells.source,
                    externalId,
                    customer,
                    owner,
                    cells.optional("title"),
                    created,
                    cells.optional("stage"),
                    value,
                    currency(cells),
                    status,
                    status == DealStatus.OPEN ? null : closed));
        }
    }

    private void order(Cells cells, ImportPlan plan, Set<String> externalIds) {
        String externalId = cells.unique("external_id", externalIds);
        String customer = cells.required("customer");
        String salesperson = cells.optional("salesperson");
        knownSalesperson(cells, "salesperson", salesperson);
        LocalDate date = cells.date("date", "not a date (write 2026-11-29, 29.11.2026, 29/11/2026 or 2026/11/29)");
        BigDecimal amount = cells.parsed("amount", Values::decimal, "not an amount");
        if (cells.ok()) {
            sink.order(new ImportRows.OrderRow(
                    cells.source, externalId, customer, salesperson, date, amount, currency(cells)));
        }
    }

    private void target(Cells cells, ImportPlan plan) {
        String salesperson = cells.optional("salesperson");
        String team = cells.optional("team");
        if (restricted && team != null) {
            cells.reject("team", team, "a manager imports targets per salesperson; an admin sets team targets");
        }
        if ((salesperson == null) == (team == null)) {
            cells.reject(
                    "salesperson", salesperson == null ? "" : salesperson, "give a salesperson or a team, one of them");
        }
        knownSalesperson(cells, "salesperson", salesperson);
        String purpose = cells.required("purpose");
        Long purposeId = purpose == null ? null : purposes.get(purpose.toLowerCase(Locale.ROOT));
        if (purpose != null && purposeId == null) {
            cells.reject("purpose", purpose, "no purpose with that code or name");
        }
        String periodText = cells.required("period");
        Period period = periodText == null ? null : PERIODS.get(periodText.toLowerCase(Locale.ROOT));
        if (periodText != null && period == null) {
            cells.reject("period", periodText, "not a period (week, month, quarter or year)");
        }
        LocalDate start = cells.date("period_start", "not a date");
        if (start != null && period != null && !period.start(start).equals(start)) {
            cells.reject(
                    "period_start",
                    cells.optional("period_start"),
                    "not the first day of a " + period.name().toLowerCase(Locale.ROOT));
        }
        BigDecimal count = cells.parsed("count", Values::decimal, "not a number of visits");
        if (count != null && (count.signum() < 0 || count.stripTrailingZeros().scale() > 0)) {
            cells.reject("count", cells.optional("count"), "a target is a whole number of visits, 0 or more");
        }
        if (cells.ok()) {
            sink.target(new ImportRows.TargetRow(
                    cells.source, salesperson, team, purposeId, period, start, count.intValue()));
        }
    }

    private static String currency(Cells cells) {
        String currency = cells.optional("currency");
        return currency == null ? "SEK" : currency.toUpperCase(Locale.ROOT);
    }

    private void visit(Cells cells, ImportPlan plan, Set<String> externalIds) {
        LocalDate date = cells.date("date", "not a date (write 2026-11-29, 29.11.2026, 29/11/2026 or 2026/11/29)");
        LocalTime time = cells.optional("time") == null
                ? null
                : cells.parsed("time", Values::time, "not a time of day (write 09:30)");
        String salesperson = cells.required("salesperson");
        knownSalesperson(cells, "salesperson", salesperson);
        String customer = cells.required("customer");
        String purpose = cells.optional("purpose");
        Long purposeId = purpose == null ? null : purposes.get(purpose.toLowerCase(Locale.ROOT));
        if (purpose != null && purposeId == null) {
            cells.reject("purpose", purpose, "no purpose with that code or name");
        } else if (purpose == null && !crmTables.contains(cells.source.table())) {
            cells.reject("purpose", "", "is empty");
        } else if (purpose == null && !keepUnclassified) {
            cells.reject(
                    "purpose",
                    "",
                    "the activity's type and subject match no purpose's keyword rules; add a keyword"
                            + " to a purpose, or import with --unclassified keep");
        }
        Integer minutes = null;
        if (cells.optional("duration") != null) {
            BigDecimal duration = cells.parsed("duration", Values::minutes, "not a number of minutes (90, or 1:30)");
            if (duration != null && duration.signum() < 0) {
                cells.reject("duration", cells.optional("duration"), "a duration cannot be negative");
            } else if (duration != null) {
                minutes = duration.intValue();
            }
        }
        Channel channel = Channel.ON_SITE;
        String channelText = cells.optional("channel");
        if (channelText != null) {
            channel = CHANNELS.get(channelText.toLowerCase(Locale.ROOT).replace('-', '_'));
            if (channel == null) {
                cells.reject("channel", channelText, "not a channel (on site, video or phone)");
            }
        }
        String externalId = cells.unique("external_id", externalIds);
        if (cells.ok()) {
            sink.visit(new ImportRows.VisitRow(
                    cells.source,
                    date,
                    time,
                    salesperson,
                    customer,
                    purposeId,
                    minutes,
                    channel,
                    cells.optional("note"),
                    externalId));
        }
    }

    /** One row's cells by field, collecting its rejections. */
    private static final class Cells {
        final ImportRows.Source source;
        final Map<String, Integer> columns;
        final ImportKind kind;
        final ImportPlan plan;
        final Set<String> monthFirst;
        boolean rejected;

        /** A date, read in the day/month order its column shows. */
        LocalDate date(String key, String reason) {
            return parsed(key, text -> Values.date(text, monthFirst.contains(key)), reason);
        }

        Cells(
                ImportRows.Source source,
                Map<String, Integer> columns,
                ImportKind kind,
                ImportPlan plan,
                Set<String> monthFirst) {
            this.monthFirst = monthFirst;
            this.source = source;
            this.columns = columns;
            this.kind = kind;
            this.plan = plan;
        }

        String optional(String key) {
            Integer index = columns.get(key);
            String value = index == null ? "" : source.row().cell(index);
            return value.isEmpty() ? null : value;
        }

        String required(String key) {
            String value = optional(key);
            if (value == null) {
                reject(key, "", "is empty");
            }
            return value;
        }

        <T> T parsed(String key, java.util.function.Function<String, Optional<T>> parser, String reason) {
            String value = required(key);
            if (value == null) {
                return null;
            }
            Optional<T> parsed = parser.apply(value);
            if (parsed.isEmpty()) {
                reject(key, value, reason);
            }
            return parsed.orElse(null);
        }

        String unique(String key, Set<String> seen) {
            String value = optional(key);
            if (value != null && !seen.add(value)) {
                reject(key, value, "duplicate key: an earlier row has the same id");
            }
            return value;
        }

        void reject(String key, String value, String reason) {
            if (!rejected) {
                plan.rejectedRows.add(source);
            }
            rejected = true;
            // The file's own header; for a column the file lacks, the field's English name.
            Integer index = columns.get(key);
            String column = index != null
                    ? source.table().headers().get(index)
                    : kind.fields().stream()
                            .filter(f -> f.key().equals(key))
                            .findFirst()
                            .map(ImportField::english)
                            .orElse(key);
            plan.rejections.add(new RowRejection(
                    source.table().file(), source.table().sheet(), source.row().number(), column, value, reason));
        }

        boolean ok() {
            return !rejected;
        }
    }
}
