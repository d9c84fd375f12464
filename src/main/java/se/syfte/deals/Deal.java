package se.syfte.deals;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal as stored; a closed one (WON or LOST) has a close date. */
public record Deal(
        long customerId,
        Long ownerId,
        String title,
        LocalDate createdDate,
        String stage,
        BigDecimal value,
        String currency,
        DealStatus status,
        LocalDate closeDate) {

    public Deal {
        if (status != DealStatus.OPEN && closeDate == null) {
            throw new IllegalArgumentException("a " + status + " deal needs a close date");
        }
    }
}
