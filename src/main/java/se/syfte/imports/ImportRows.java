package se.syfte.imports;

import java.time.LocalDate;
import java.time.LocalTime;
import se.syfte.customers.OrgNumber;
import se.syfte.visits.Channel;

/** The rows an import understood, each with the place it came from. */
public final class ImportRows {

    private ImportRows() {}

    public record Source(SourceTable table, SourceTable.SourceRow row) {}

    public record SalespersonRow(Source source, String name, String team, String email) {}

    public record CustomerRow(
            Source source, String name, String externalId, OrgNumber orgNumber, String segment, String industry) {}

    public record VisitRow(
            Source source,
            LocalDate date,
            LocalTime time,
            String salesperson,
            String customer,
            long purposeId,
            Integer minutes,
            Channel channel,
            String note,
            String externalId) {}
}
