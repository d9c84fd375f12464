package se.syfte.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An order taken from a customer; the salesperson is optional. */
public record Order(long customerId, Long salespersonId, LocalDate date, BigDecimal amount, String currency) {}
