package se.syfte.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import se.syfte.analytics.core.Period;
import se.syfte.customers.OrgNumber;
import se.syfte.deals.DealStatus;
import se.syfte.visits.Channel;
import se.syfte.visits.VisitStatus;

/** The rows an import understood, each with the place it came from. */
public final class ImportRows {

    private ImportRows() {}

    public record Source(SourceTable table, SourceTable.SourceRow row) {}

    public record SalespersonRow(Source source, String name, String team, String email) {}

    /** A customer; {@code tier} and {@code owner} (a salesperson's name) are empty when the row gives none. */
    public record CustomerRow(
            Source source,
            String name,
            String externalId,
            OrgNumber orgNumber,
            String segment,
            String industry,
            String tier,
            String owner) {}

    /**
     * A visit with its status: the file's own word ({@code statusGiven}), or else by its date; and
     * whether it was booked before its day (SPEC §5).
     */
    public record VisitRow(
            Source source,
            LocalDate date,
            LocalTime time,
            String salesperson,
            String customer,
            Long purposeId,
            Integer minutes,
            Channel channel,
            String note,
            String externalId,
            VisitStatus status,
            boolean statusGiven,
            boolean planned) {}

    public record DealRow(
            Source source,
            String externalId,
            String customer,
            String owner,
            String title,
            LocalDate created,
            String stage,
            BigDecimal value,
            String currency,
            DealStatus status,
            LocalDate closed) {}

    public record OrderRow(
            Source source,
            String externalId,
            String customer,
            String salesperson,
            LocalDate date,
            BigDecimal amount,
            String currency) {}

    /** A target for a salesperson or, when that is empty, for a team. */
    public record TargetRow(
            Source source,
            String salesperson,
            String team,
            long purposeId,
            Period period,
            LocalDate start,
            int count) {}
}
