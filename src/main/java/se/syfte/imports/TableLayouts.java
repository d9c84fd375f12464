package se.syfte.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.syfte.imports.ics.CalendarDirectory;
import se.syfte.imports.ics.IcsFile;

/**
 * Tells what each table holds and which of its columns mean which field: a table of Syfte's
 * layout by its sheet name or headers, a CRM export or a calendar translated into Syfte's layout
 * first, a file of another layout through {@code --map}.
 */
final class TableLayouts {

    private final ImportOptions options;
    private final KeywordRules rules;
    private final Map<Long, String> purposeCodes;
    private final CalendarDirectory calendar;
    private final Set<SourceTable> translated = new HashSet<>();
    private final Map<SourceTable, ImportKind> mappedKinds = new HashMap<>();
    private final Map<SourceTable, SourceTable> originals = new HashMap<>();

    TableLayouts(
            ImportOptions options, KeywordRules rules, Map<Long, String> purposeCodes, CalendarDirectory calendar) {
        this.options = options;
        this.rules = rules;
        this.purposeCodes = purposeCodes;
        this.calendar = calendar;
    }

    /** The table in Syfte's layout with its kind; empty, with a note or rejection in the plan, when it holds none. */
    Optional<Map.Entry<SourceTable, ImportKind>> kindOf(SourceTable read, ImportPlan plan) {
        SourceTable table = options.mapping().remaps() ? mapped(read, plan) : asSyfteLayout(read, plan);
        if (table == null) {
            return Optional.empty();
        }
        Optional<ImportKind> kind = options.kind().isPresent()
                ? options.kind()
                : mappedKinds.containsKey(table)
                        ? Optional.of(mappedKinds.get(table))
                        : table.sheet() != null
                                ? ImportKind.ofSheet(table.sheet())
                                : ImportKind.ofHeaders(table.headers());
        if (kind.isPresent()) {
            return Optional.of(Map.entry(table, kind.get()));
        }
        table.notes().forEach(note -> plan.notes.add(ImportText.at(table.place(), note)));
        if (table.sheet() == null) {
            plan.rejections.add(new RowRejection(table.file(), null, 1, null, null, ImportText.reason("unknownTable")));
        } else if (table.notes().isEmpty()) {
            plan.notes.add(ImportText.at(table.place(), ImportText.note("otherSheet")));
        }
        return Optional.empty();
    }

    /**
     * Which column holds which field, the first column of a field winning, noted as read; empty,
     * with a rejection, when a required column is missing. A column left out that looks like a
     * field no other column gives stops the import, unless it is left out with {@code --map
     * "ignore: …"} or rejected rows are skipped (then it is a note). The date columns are looked at
     * once to tell their day/month order.
     */
    Optional<TableLayout> layout(SourceTable table, ImportKind kind, ImportPlan plan) {
        Map<String, Integer> columns = new HashMap<>();
        List<ImportText> read = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            Optional<ImportField> field = options.mapping().ignores(header)
                    ? Optional.empty()
                    : kind.fields().stream().filter(f -> f.matches(header)).findFirst();
            if (field.isPresent() && !columns.containsKey(field.get().key())) {
                columns.put(field.get().key(), i);
                read.add(ImportText.note(
                        "readAs", header, field.get().key(), field.get().swedish()));
            } else if (header != null && !header.isBlank()) {
                unread.add(header);
            }
        }
        for (String header : unread) {
            Optional<ImportField> like = kind.fields().stream()
                    .filter(f -> !columns.containsKey(f.key()))
                    .filter(f -> f.resembles(header))
                    .findFirst();
            if (like.isEmpty() || options.mapping().ignores(header)) {
                continue;
            }
            ImportText advice = ImportText.reason(
                    "looksLike",
                    header,
                    like.get().swedish(),
                    like.get().english(),
                    like.get().key());
            if (options.skipRejected()) {
                plan.notes.add(ImportText.at(table.place(), advice));
            } else {
                plan.rejections.add(new RowRejection(table.file(), table.sheet(), 1, header, null, advice));
            }
        }
        if (!translated.contains(table)) {
            plan.notes.add(ImportText.at(
                    table.place(),
                    unread.isEmpty()
                            ? ImportText.note("read", List.copyOf(read))
                            : ImportText.note(
                                    "readNotRead", List.copyOf(read), "'" + String.join("', '", unread) + "'")));
        }
        for (ImportField field : kind.fields()) {
            if (field.required() && !columns.containsKey(field.key())) {
                plan.rejections.add(new RowRejection(
                        table.file(),
                        table.sheet(),
                        1,
                        field.english(),
                        null,
                        ImportText.reason("requiredColumn", field.swedish(), field.english())));
                return Optional.empty();
            }
        }
        DateOrders dates = DateOrders.look(table, columns);
        TableLayout layout = new TableLayout(table, kind, columns, dates, translated.contains(table));
        Optional<String> mixed = dates.mixed();
        if (mixed.isPresent()) {
            plan.rejections.add(new RowRejection(
                    table.file(), table.sheet(), 1, layout.header(mixed.get()), null, ImportText.reason("mixedDates")));
            return Optional.empty();
        }
        return Optional.of(layout);
    }

    /**
     * A file of another layout read through {@code --map}: for the kind named with {@code --kind},
     * else the first kind that has every mapped field and, once mapped, its required columns.
     */
    private SourceTable mapped(SourceTable table, ImportPlan plan) {
        ColumnMapping mapping = options.mapping();
        // In a workbook the mapping reads the sheets that have its columns; the others are left out.
        boolean hasColumns = mapping.columns().values().stream()
                .allMatch(
                        column -> table.headers().stream().anyMatch(header -> column.equalsIgnoreCase(header.strip())));
        if (table.sheet() != null && !hasColumns) {
            plan.notes.add(ImportText.at(table.place(), ImportText.note("mapLacks")));
            return null;
        }
        Optional<ImportKind> kind = options.kind()
                .or(() -> Arrays.stream(ImportKind.values())
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
            plan.rejections.add(
                    new RowRejection(table.file(), table.sheet(), 1, null, null, ImportText.reason("mapKindUnknown")));
            return null;
        }
        SourceTable mapped = mapping.apply(table, kind.get(), plan);
        if (mapped != null) {
            mappedKinds.put(mapped, kind.get());
            originals.put(mapped, table);
        }
        return mapped;
    }

    /** The table's headers as the file writes them, before a mapping renamed any. */
    List<String> sourceHeaders(SourceTable table) {
        return originals.getOrDefault(table, table).headers();
    }

    /** A CRM export or calendar rewritten in Syfte's layout; null when the format asked for does not fit. */
    private SourceTable asSyfteLayout(SourceTable table, ImportPlan plan) {
        if (table.headers().equals(IcsFile.HEADERS)) {
            SourceTable visits = fromCalendar(table);
            translated.add(visits);
            return visits;
        }
        ImportFormat format = options.format();
        if (format == ImportFormat.SYFTE || format == ImportFormat.ICS) {
            return table;
        }
        Optional<CrmFormat> layout = CrmFormat.of(table.headers()).filter(format::allows);
        if (layout.isPresent()) {
            SourceTable crm = CrmTranslation.translate(table, layout.get(), rules, purposeCodes);
            translated.add(crm);
            return crm;
        }
        if (format != ImportFormat.AUTO) {
            plan.rejections.add(new RowRejection(
                    table.file(), table.sheet(), 1, null, null, ImportText.reason("notCrmExport", format.id())));
            return null;
        }
        return table;
    }

    private SourceTable fromCalendar(SourceTable meetings) {
        SourceRows rows = meetings.rows().map(meeting -> {
            String purpose = rules.classify(meeting.cell(6) + " " + meeting.cell(7))
                    .map(purposeCodes::get)
                    .orElse("");
            return new SourceTable.SourceRow(meeting.number(), calendar.visit(meeting, purpose));
        });
        long meetingCount = rows.knownSize();
        List<ImportText> notes = new ArrayList<>(meetings.notes());
        notes.add(ImportText.note("calendar", meetingCount));
        return new SourceTable(
                meetings.file(),
                meetings.sheet(),
                ImportKind.VISITS.fields().stream().map(ImportField::english).toList(),
                rows,
                notes);
    }
}
