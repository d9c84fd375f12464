package se.syfte.analytics.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer's order intake on one day. */
public record DatedAmount(long customerId, LocalDate date, BigDecimal amount) {}
