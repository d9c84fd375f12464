package se.syfte.analytics.cadence;

import java.time.LocalDate;
import java.util.Collection;
import se.syfte.analytics.core.Ratio;

/** An owner's tiered customers, those overdue, and the share not overdue (SPEC §5); no value without tiered customers. */
public record Coverage(long tiered, long overdue) {

    public static Coverage of(Collection<TieredCustomer> customers, LocalDate day) {
        return new Coverage(
                customers.size(),
                customers.stream().filter(customer -> customer.overdue(day)).count());
    }

    /** Tiered customers not overdue ÷ tiered customers. */
    public Ratio share() {
        return Ratio.of(tiered - overdue, tiered);
    }
}
