package se.syfte.imports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.syfte.imports.ImportField;
import se.syfte.imports.ImportKind;

/**
 * An empty import workbook in Swedish or English: a sheet per kind with its headers and one
 * example row, and drop-down lists of the organisation's purposes and salespeople and of the
 * channels, kept on a hidden sheet.
 */
public final class ImportTemplate {

    private static final int VALIDATED_ROWS = 5000;

    private ImportTemplate() {}

    public static void write(OutputStream out, Locale locale, List<String> purposes, List<String> salespeople)
            throws IOException {
        boolean sv = "sv".equals(locale.getLanguage());
        String listsName = sv ? "Listor" : "Lists";
        List<String> channels = sv ? List.of("på plats", "video", "telefon") : List.of("on site", "video", "phone");
        List<String> statuses = sv
                ? List.of("planerad", "genomförd", "inställd", "uteblev")
                : List.of("planned", "held", "cancelled", "no-show");
        List<String> people = salespeople.isEmpty() ? List.of(sv ? "Anna Andersson" : "Anna Anderson") : salespeople;
        Workbook workbook = new Workbook(out, "Syfte", "1.0");
        // The examples name a person of their own, so that importing the template unchanged moves nobody.
        Map<ImportKind, List<Object>> examples = examples(sv, purposes.get(0), sv ? "Anna Andersson" : "Anna Anderson");
        for (ImportKind kind : ImportKind.values()) {
            Worksheet sheet = workbook.newWorksheet(kind.sheetName(sv));
            List<ImportField> fields = kind.fields();
            for (int c = 0; c < fields.size(); c++) {
                sheet.value(0, c, fields.get(c).header(locale));
                sheet.style(0, c).bold().fillColor("DDE7EE").set();
                sheet.width(c, 20);
                Object example = examples.get(kind).get(c);
                if (example instanceof LocalDate date) {
                    sheet.value(1, c, date);
                    sheet.style(1, c).format("yyyy-mm-dd").italic().set();
                } else if (example instanceof Number number) {
                    sheet.value(1, c, number);
                    sheet.style(1, c).italic().set();
                } else if (example != null) {
                    sheet.value(1, c, example.toString());
                    sheet.style(1, c).italic().set();
                }
                String list = switch (fields.get(c).key()) {
                    case "purpose" -> listRange(listsName, 0, purposes.size());
                    case "salesperson", "owner" -> listRange(listsName, 1, people.size());
                    case "channel" -> listRange(listsName, 2, channels.size());
                    case "status" -> kind == ImportKind.VISITS ? listRange(listsName, 3, statuses.size()) : null;
                    default -> null;
                };
                if (list != null && !(kind == ImportKind.SALESPEOPLE)) {
                    sheet.range(1, c, VALIDATED_ROWS, c)
                            .validateWithListByFormula(list)
                            .allowBlank(true)
                            .showDropdown(true);
                }
            }
        }
        Worksheet lists = workbook.newWorksheet(listsName);
        column(lists, 0, purposes);
        column(lists, 1, people);
        column(lists, 2, channels);
        column(lists, 3, statuses);
        lists.setVisibilityState(VisibilityState.HIDDEN);
        workbook.finish();
    }

    private static String listRange(String sheet, int column, int size) {
        char letter = (char) ('A' + column);
        return "'" + sheet + "'!$" + letter + "$1:$" + letter + "$" + Math.max(1, size);
    }

    private static void column(Worksheet sheet, int column, List<String> values) {
        for (int r = 0; r < values.size(); r++) {
            sheet.value(r, column, values.get(r));
        }
    }

    /** One example row per kind, column by column in the order of {@link ImportKind#fields()}. */
    private static Map<ImportKind, List<Object>> examples(boolean sv, String purpose, String salesperson) {
        LocalDate day = LocalDate.of(2026, 11, 2);
        String customer = sv ? "Exempelkunden AB" : "Example Customer AB";
        return Map.of(
                ImportKind.SALESPEOPLE, List.of(salesperson, sv ? "Team Syd" : "Team South", "anna@example.se"),
                ImportKind.CUSTOMERS,
                        java.util.Arrays.asList(
                                customer,
                                "K-1001",
                                "556012-5790",
                                sv ? "Medelstora företag" : "Mid-sized",
                                sv ? "Bygg" : "Construction",
                                "A",
                                salesperson),
                ImportKind.VISITS,
                        java.util.Arrays.asList(
                                day,
                                "09:30",
                                salesperson,
                                customer,
                                purpose,
                                60,
                                sv ? "på plats" : "on site",
                                sv ? "Första mötet" : "First meeting",
                                "B-1",
                                sv ? "genomförd" : "held",
                                day.minusDays(7)),
                ImportKind.DEALS,
                        java.util.Arrays.asList(
                                "A-1",
                                customer,
                                salesperson,
                                sv ? "Fastighetsservice" : "Facility services",
                                day,
                                sv ? "Offert" : "Quote",
                                250000,
                                "SEK",
                                sv ? "öppen" : "open",
                                null),
                ImportKind.ORDERS, java.util.Arrays.asList("O-1", customer, salesperson, day, 12500, "SEK"),
                ImportKind.TARGETS,
                        java.util.Arrays.asList(
                                salesperson, null, purpose, sv ? "månad" : "month", LocalDate.of(2026, 11, 1), 8));
    }
}
