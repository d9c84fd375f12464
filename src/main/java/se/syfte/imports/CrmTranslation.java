package se.syfte.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rewrites a CRM export as the table Syfte's own layout would be: each field's column taken from
 * the first of its CRM columns that has a value, and for activities a purpose column filled by the
 * keyword rules from the activity's type and subject (empty when no rule matches).
 */
final class CrmTranslation {

    private CrmTranslation() {}

    static SourceTable translate(
            SourceTable table, CrmFormat format, KeywordRules rules, Map<Long, String> purposeCodes) {
        List<ImportField> fields = format.kind().fields();
        List<String> headers = fields.stream().map(ImportField::english).toList();
        SourceRows rows = table.rows().map(row -> {
            List<String> cells = new ArrayList<>();
            for (ImportField field : fields) {
                if (field.key().equals("purpose") && !format.classifiedBy().isEmpty()) {
                    String words = String.join(
                            " ",
                            format.classifiedBy().stream()
                                    .map(column -> cell(table, row, column))
                                    .toList());
                    cells.add(rules.classify(words).map(purposeCodes::get).orElse(""));
                } else {
                    String value = format.columnsOf(field.key()).stream()
                            .map(column -> cell(table, row, column))
                            .filter(text -> !text.isEmpty())
                            .findFirst()
                            .orElse("");
                    cells.add(
                            field.key().equals("status") && format == CrmFormat.HUBSPOT_DEALS
                                    ? statusOfStage(value)
                                    : value);
                }
            }
            return new SourceTable.SourceRow(row.number(), cells, row.skipped());
        });
        List<ImportText> notes = new ArrayList<>(table.notes());
        notes.add(ImportText.note(
                "crm", format.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return new SourceTable(table.file(), table.sheet(), headers, rows, notes);
    }

    /** HubSpot tells a deal's outcome only by its stage: closed won, closed lost, or any other (open). */
    private static String statusOfStage(String stage) {
        String compact = stage.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return compact.contains("closedwon") ? "won" : compact.contains("closedlost") ? "lost" : "open";
    }

    private static String cell(SourceTable table, SourceTable.SourceRow row, String column) {
        Optional<Integer> index = indexOf(table.headers(), column);
        return index.map(row::cell).orElse("");
    }

    private static Optional<Integer> indexOf(List<String> headers, String column) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i) != null && headers.get(i).strip().equalsIgnoreCase(column)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
