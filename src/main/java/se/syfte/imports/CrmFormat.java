package se.syfte.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exports of Pipedrive, HubSpot and Salesforce as their users download them: for each, the
 * columns that tell the layout apart and where Syfte's fields stand in it. An activity's purpose
 * comes from its type and subject through the purposes' keyword rules.
 */
public enum CrmFormat {
    PIPEDRIVE_ACTIVITIES(
            ImportKind.VISITS,
            List.of("Activity - Subject"),
            Map.of(
                    "date", List.of("Activity - Due date", "Activity - Add time"),
                    "time", List.of("Activity - Due time"),
                    "salesperson", List.of("Activity - Assigned to user", "Activity - User", "Activity - Owner"),
                    "customer", List.of("Activity - Organization", "Organization - Name", "Deal - Organization"),
                    "duration", List.of("Activity - Duration"),
                    "note", List.of("Activity - Note"),
                    "external_id", List.of("Activity - ID")),
            List.of("Activity - Type", "Activity - Subject")),
    PIPEDRIVE_DEALS(
            ImportKind.DEALS,
            List.of("Deal - Title", "Deal - Status"),
            Map.of(
                    "external_id", List.of("Deal - ID"),
                    "customer", List.of("Deal - Organization", "Organization - Name"),
                    "owner", List.of("Deal - Owner"),
                    "title", List.of("Deal - Title"),
                    "created", List.of("Deal - Deal created", "Deal - Add time", "Deal - Created"),
                    "stage", List.of("Deal - Stage"),
                    "value", List.of("Deal - Value"),
                    "currency", List.of("Deal - Currency"),
                    "status", List.of("Deal - Status"),
                    "closed",
                            List.of(
                                    "Deal - Won time",
                                    "Deal - Lost time",
                                    "Deal - Close time",
                                    "Deal - Deal closed on")),
            List.of()),
    HUBSPOT_DEALS(
            ImportKind.DEALS,
            List.of("Record ID", "Deal Name", "Deal Stage"),
            Map.of(
                    "external_id", List.of("Record ID"),
                    "customer", List.of("Associated Company", "Company name", "Associated Company (Primary)"),
                    "owner", List.of("Deal owner"),
                    "title", List.of("Deal Name"),
                    "created", List.of("Create Date", "Created Date"),
                    "stage", List.of("Deal Stage"),
                    "value", List.of("Amount"),
                    "status", List.of("Deal Stage"),
                    "closed", List.of("Close Date")),
            List.of()),
    SALESFORCE_ACTIVITIES(
            ImportKind.VISITS,
            List.of("Assigned", "Subject", "Company / Account"),
            Map.of(
                    "date", List.of("Date", "Due Date", "Start"),
                    "salesperson", List.of("Assigned"),
                    "customer", List.of("Company / Account", "Account Name"),
                    "note", List.of("Full Comments", "Comments"),
                    "external_id", List.of("Activity ID (18 Char)", "Activity ID")),
            List.of("Activity Type", "Task Subtype", "Subject"));

    private final ImportKind kind;
    private final List<String> signature;
    private final Map<String, List<String>> columns;
    private final List<String> classifiedBy;

    CrmFormat(ImportKind kind, List<String> signature, Map<String, List<String>> columns, List<String> classifiedBy) {
        this.kind = kind;
        this.signature = signature;
        this.columns = columns;
        this.classifiedBy = classifiedBy;
    }

    public ImportKind kind() {
        return kind;
    }

    /** The CRM columns that hold a field, in order of preference. */
    public List<String> columnsOf(String field) {
        return columns.getOrDefault(field, List.of());
    }

    /** The CRM columns whose words classify an activity's purpose. */
    public List<String> classifiedBy() {
        return classifiedBy;
    }

    /** The layout whose telling columns the headers all have. */
    public static Optional<CrmFormat> of(List<String> headers) {
        return Arrays.stream(values())
                .filter(format -> format.signature.stream()
                        .allMatch(column -> headers.stream().anyMatch(column::equalsIgnoreCase)))
                .findFirst();
    }
}
