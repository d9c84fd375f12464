package se.syfte.analytics.winrate;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;
import se.syfte.analytics.core.Median;
import se.syfte.analytics.journeys.Journey;

/**
 * Cycle length (SPEC §3): the median days from deal creation to close for won deals, and from
 * journey start to win for won journeys.
 */
public final class CycleLengths {

    private CycleLengths() {}

    public static OptionalDouble ofDeals(List<Long> daysFromCreationToClose) {
        return Median.of(daysFromCreationToClose);
    }

    public static OptionalDouble ofJourneys(List<Journey> journeys) {
        return Median.of(journeys.stream()
                .filter(Journey::isWon)
                .map(j -> ChronoUnit.DAYS.between(j.start(), j.wonOn().orElseThrow()))
                .toList());
    }
}
