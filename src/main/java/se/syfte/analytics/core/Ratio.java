package se.syfte.analytics.core;

import java.util.OptionalDouble;

/**
 * A share of something: {@code numerator ÷ denominator}. With an empty denominator there is no
 * value — never 0 or 100 % (SPEC §3, progress rate).
 */
public record Ratio(double numerator, double denominator) {

    public static Ratio of(double numerator, double denominator) {
        return new Ratio(numerator, denominator);
    }

    public OptionalDouble value() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
    }

    public boolean isEmpty() {
        return denominator == 0;
    }
}
