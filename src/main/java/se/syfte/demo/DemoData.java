package se.syfte.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.syfte.customers.OrgNumber;
import se.syfte.deals.DealStatus;
import se.syfte.visits.Channel;
import se.syfte.visits.VisitStatus;

/** The demo organisation's rows, linked by name (and deals by key) until they are stored. */
public record DemoData(
        List<String> teams,
        List<Person> salespeople,
        List<Company> customers,
        List<DealRow> deals,
        List<VisitRow> visits,
        List<OrderRow> orders,
        List<TargetRow> targets) {

    public record Person(String name, String team, String email) {}

    /** A customer; {@code tier} (A, B or C) and {@code owner} (a salesperson's name) may be empty. */
    public record Company(
            String name, OrgNumber orgNumber, String segment, String industry, String tier, String owner) {

        public Company(String name, OrgNumber orgNumber, String segment, String industry) {
            this(name, orgNumber, segment, industry, null, null);
        }

        Company withTierAndOwner(String tier, String owner) {
            return new Company(name, orgNumber, segment, industry, tier, owner);
        }
    }

    public record VisitRow(
            LocalDate date,
            LocalTime time,
            String salesperson,
            String customer,
            String purpose,
            int minutes,
            Channel channel,
            String note,
            String dealKey,
            VisitStatus status,
            boolean planned) {

        /** A visit held without a plan, as the history was logged before visits were planned. */
        public VisitRow(
                LocalDate date,
                LocalTime time,
                String salesperson,
                String customer,
                String purpose,
                int minutes,
                Channel channel,
                String note,
                String dealKey) {
            this(date, time, salesperson, customer, purpose, minutes, channel, note, dealKey, VisitStatus.HELD, false);
        }

        /** This visit, held as it was planned. */
        VisitRow plannedAhead() {
            return new VisitRow(
                    date,
                    time,
                    salesperson,
                    customer,
                    purpose,
                    minutes,
                    channel,
                    note,
                    dealKey,
                    VisitStatus.HELD,
                    true);
        }

        /** The same meeting booked for an earlier day that did not happen: cancelled or missed, without notes. */
        VisitRow bookedEarlier(VisitStatus outcome, LocalDate day) {
            return new VisitRow(day, time, salesperson, customer, purpose, minutes, channel, null, null, outcome, true);
        }
    }

    public record DealRow(
            String key,
            String customer,
            String owner,
            String title,
            LocalDate created,
            String stage,
            BigDecimal value,
            DealStatus status,
            LocalDate closed) {}

    public record OrderRow(String customer, String salesperson, LocalDate date, BigDecimal amount) {}

    public record TargetRow(String salesperson, String purpose, LocalDate monthStart, int count) {}
}
