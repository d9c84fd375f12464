package se.syfte.analytics.cohort;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import se.syfte.analytics.core.Ratio;

/**
 * One cell of a cohort diagram: the cohort that began in {@code cohortMonth}, {@code ageMonths}
 * months on. {@code reached} holds, per funnel step in order, the journeys that had reached it by
 * the end of that month; {@code won} those won by then; {@code orderIntake} the cohort's
 * cumulative order intake.
 */
public record CohortCell(
        YearMonth cohortMonth, int ageMonths, long journeys, List<Long> reached, long won, BigDecimal orderIntake) {

    public List<Ratio> reachedShares() {
        return reached.stream().map(count -> Ratio.of(count, journeys)).toList();
    }

    public Ratio wonShare() {
        return Ratio.of(won, journeys);
    }
}
