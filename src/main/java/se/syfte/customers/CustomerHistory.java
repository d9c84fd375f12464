package se.syfte.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the customer page lists of one customer, as far as the reader's salespeople are concerned. */
public final class CustomerHistory {

    private CustomerHistory() {}

    public record Visit(
            LocalDate date, String salesperson, String purposeCode, double hours, String channel, String note) {}

    public record Deal(
            String title,
            String owner,
            LocalDate created,
            String stage,
            String status,
            BigDecimal value,
            LocalDate closeDate) {}

    public record Order(LocalDate date, String salesperson, BigDecimal amount) {}

    public record Visitor(String salesperson, long visits, double hours, LocalDate lastVisit) {}
}
