package se.syfte.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.syfte.customers.OrgNumber;
import se.syfte.deals.DealStatus;
import se.syfte.visits.Channel;

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

    public record Company(String name, OrgNumber orgNumber, String segment, String industry) {}

    public record VisitRow(
            LocalDate date,
            LocalTime time,
            String salesperson,
            String customer,
            String purpose,
            int minutes,
            Channel channel,
            String note,
            String dealKey) {}

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
