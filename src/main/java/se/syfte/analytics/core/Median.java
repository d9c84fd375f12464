package se.syfte.analytics.core;

import java.util.Collection;
import java.util.OptionalDouble;

/** The median: the middle value, or the mean of the two middle values of an even count. */
public final class Median {

    private Median() {}

    public static OptionalDouble of(Collection<? extends Number> values) {
        double[] sorted =
                values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }
}
