package se.syfte.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a sheet or CSV file holds, recognised by its sheet name or its headers. */
public enum ImportKind {
    SALESPEOPLE(
            "Säljare",
            "Salespeople",
            List.of(
                    new ImportField("name", true, "Namn", "Name", List.of("Säljare", "Salesperson", "Owner")),
                    new ImportField("team", true, "Team", "Team", List.of("Lag", "Säljteam", "Sales team")),
                    new ImportField("email", false, "E-post", "Email", List.of("Mail", "E-mail", "Epost")))),
    CUSTOMERS(
            "Kunder",
            "Customers",
            List.of(
                    new ImportField(
                            "name",
                            true,
                            "Kund",
                            "Customer",
                            List.of(
                                    "Namn",
                                    "Name",
                                    "Account",
                                    "Organisation",
                                    "Organization",
                                    "Företag",
                                    "Company",
                                    "Kundnamn",
                                    "Customer name",
                                    "Account name")),
                    new ImportField(
                            "external_id",
                            false,
                            "Kund-id",
                            "Customer id",
                            List.of("Externt id", "External id", "Id", "Account id", "Kundnummer", "Customer number")),
                    new ImportField(
                            "org_number",
                            false,
                            "Organisationsnummer",
                            "Organisation number",
                            List.of("Orgnr", "Org nr", "Organization number", "Corporate id")),
                    new ImportField("segment", false, "Segment", "Segment", List.of("Kundsegment")),
                    new ImportField("industry", false, "Bransch", "Industry", List.of("Sector", "Sektor")),
                    new ImportField(
                            "tier",
                            false,
                            "Kundklass",
                            "Tier",
                            List.of("Segment ABC", "ABC", "Klass", "Customer tier")),
                    new ImportField(
                            "owner",
                            false,
                            "Ansvarig",
                            "Owner",
                            List.of("Account owner", "Kundansvarig", "Säljare", "Salesperson")))),
    VISITS(
            "Besök",
            "Visits",
            List.of(
                    new ImportField("date", true, "Datum", "Date", List.of("Besöksdatum", "Visit date", "Mötesdatum")),
                    new ImportField("time", false, "Tid", "Time", List.of("Klockslag", "Starttid", "Start time")),
                    new ImportField(
                            "salesperson",
                            true,
                            "Säljare",
                            "Salesperson",
                            List.of("Owner", "Ägare", "Ansvarig", "Ansvarig säljare", "Sales rep")),
                    new ImportField(
                            "customer",
                            true,
                            "Kund",
                            "Customer",
                            List.of("Account", "Organisation", "Organization", "Företag", "Company", "Kundnamn")),
                    new ImportField(
                            "purpose",
                            true,
                            "Syfte",
                            "Purpose",
                            List.of(
                                    "Typ",
                                    "Type",
                                    "Besökstyp",
                                    "Mötestyp",
                                    "Typ av besök",
                                    "Syfte med besöket",
                                    "Besökssyfte",
                                    "Visit type",
                                    "Visit purpose")),
                    new ImportField(
                            "duration",
                            false,
                            "Varaktighet",
                            "Duration",
                            List.of(
                                    "Minuter",
                                    "Minutes",
                                    "Längd",
                                    "Duration minutes",
                                    "Tidsåtgång",
                                    "Besökslängd",
                                    "Mötestid",
                                    // In hours, converted: Tid (h), Längd (timmar), Hours.
                                    "Timmar",
                                    "Hours",
                                    "Antal timmar")),
                    new ImportField("channel", false, "Kanal", "Channel", List.of("Mötesform")),
                    new ImportField(
                            "note",
                            false,
                            "Anteckning",
                            "Note",
                            List.of("Notes", "Anteckningar", "Kommentar", "Comment", "Beskrivning", "Description")),
                    new ImportField(
                            "external_id",
                            false,
                            "Besöks-id",
                            "Visit id",
                            List.of("Externt id", "External id", "Id", "Activity id")),
                    new ImportField("status", false, "Status", "Status", List.of("Besöksstatus", "Visit status")),
                    new ImportField(
                            "booked",
                            false,
                            "Bokad",
                            "Booked",
                            List.of("Bokat", "Bokningsdatum", "Bokad datum", "Booked on", "Booking date")))),
    DEALS(
            "Affärer",
            "Deals",
            List.of(
                    new ImportField(
                            "external_id",
                            false,
                            "Affärs-id",
                            "Deal id",
                            List.of("Externt id", "External id", "Id", "Opportunity id")),
                    new ImportField(
                            "customer",
                            true,
                            "Kund",
                            "Customer",
                            List.of("Account", "Organisation", "Organization", "Företag", "Company", "Kundnamn")),
                    new ImportField("owner", false, "Ansvarig", "Owner", List.of("Säljare", "Salesperson", "Ägare")),
                    new ImportField(
                            "title",
                            false,
                            "Titel",
                            "Title",
                            List.of("Rubrik", "Affär", "Deal", "Deal name", "Opportunity", "Opportunity name")),
                    new ImportField(
                            "created",
                            true,
                            "Skapad",
                            "Created",
                            List.of("Skapad datum", "Created date", "Skapat", "Create date")),
                    new ImportField("stage", false, "Steg", "Stage", List.of("Fas", "Deal stage", "Affärssteg")),
                    new ImportField(
                            "value", false, "Värde", "Value", List.of("Belopp", "Amount", "Affärsvärde", "Deal value")),
                    new ImportField("currency", false, "Valuta", "Currency", List.of()),
                    new ImportField("status", true, "Status", "Status", List.of("Utfall", "Outcome")),
                    new ImportField(
                            "closed",
                            false,
                            "Stängd",
                            "Close date",
                            List.of("Avslutad", "Stängningsdatum", "Closed", "Closed date", "Close")))),
    ORDERS(
            "Order",
            "Orders",
            List.of(
                    new ImportField(
                            "external_id",
                            false,
                            "Order-id",
                            "Order id",
                            List.of("Ordernummer", "Order number", "Externt id", "External id", "Id")),
                    new ImportField(
                            "customer",
                            true,
                            "Kund",
                            "Customer",
                            List.of("Account", "Organisation", "Organization", "Företag", "Company", "Kundnamn")),
                    new ImportField(
                            "salesperson",
                            false,
                            "Säljare",
                            "Salesperson",
                            List.of("Owner", "Ägare", "Ansvarig", "Ansvarig säljare", "Sales rep")),
                    new ImportField("date", true, "Datum", "Date", List.of("Orderdatum", "Order date")),
                    new ImportField(
                            "amount",
                            true,
                            "Belopp",
                            "Amount",
                            List.of(
                                    "Orderbelopp",
                                    "Ordervärde",
                                    "Order value",
                                    "Order amount",
                                    "Värde",
                                    "Value",
                                    "Summa",
                                    "Total")),
                    new ImportField("currency", false, "Valuta", "Currency", List.of()))),
    TARGETS(
            "Mål",
            "Targets",
            List.of(
                    new ImportField(
                            "salesperson", false, "Säljare", "Salesperson", List.of("Owner", "Ansvarig säljare")),
                    new ImportField("team", false, "Team", "Team", List.of("Lag")),
                    new ImportField("purpose", true, "Syfte", "Purpose", List.of("Typ", "Type")),
                    new ImportField("period", true, "Period", "Period", List.of("Periodtyp", "Period type")),
                    new ImportField(
                            "period_start",
                            false,
                            "Periodstart",
                            "Period start",
                            List.of("Start", "Från", "From", "Startdatum", "Start date")),
                    new ImportField(
                            "count", true, "Antal", "Count", List.of("Mål", "Target", "Antal besök", "Visits"))));

    private final String swedishSheet;
    private final String englishSheet;
    private final List<ImportField> fields;

    ImportKind(String swedishSheet, String englishSheet, List<ImportField> fields) {
        this.swedishSheet = swedishSheet;
        this.englishSheet = englishSheet;
        this.fields = fields;
    }

    public List<ImportField> fields() {
        return fields;
    }

    public String sheetName(boolean swedish) {
        return swedish ? swedishSheet : englishSheet;
    }

    public static Optional<ImportKind> ofSheet(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.swedishSheet.equalsIgnoreCase(name.strip())
                        || kind.englishSheet.equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /**
     * The kind whose required columns the headers all have, and of those the one that
     * understands most of them; empty when none fits.
     */
    public static Optional<ImportKind> ofHeaders(List<String> headers) {
        ImportKind best = null;
        long bestMatched = 0;
        for (ImportKind kind : values()) {
            boolean complete = kind.fields.stream()
                    .filter(ImportField::required)
                    .allMatch(field -> headers.stream().anyMatch(field::matches));
            long matched = kind.fields.stream()
                    .filter(field -> headers.stream().anyMatch(field::matches))
                    .count();
            if (complete && matched > bestMatched) {
                best = kind;
                bestMatched = matched;
            }
        }
        return Optional.ofNullable(best);
    }
}
