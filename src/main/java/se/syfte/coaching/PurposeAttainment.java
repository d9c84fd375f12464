package se.syfte.coaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.syfte.analytics.attainment.Attainment;
import se.syfte.analytics.core.Ratio;

/** A salesperson's targets with one purpose over the window, added up: how far they got in all. */
public record PurposeAttainment(String purposeCode, long target, long actual) {

    public Ratio attainment() {
        return Ratio.of(actual, target);
    }

    /** Sums the targets and visits per purpose, in the order the purposes first appear. */
    public static List<PurposeAttainment> sum(List<Attainment> periods) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (Attainment period : periods) {
            long[] sum = sums.computeIfAbsent(period.purposeCode(), code -> new long[2]);
            sum[0] += period.target();
            sum[1] += period.actual();
        }
        List<PurposeAttainment> result = new ArrayList<>();
        sums.forEach((code, sum) -> result.add(new PurposeAttainment(code, sum[0], sum[1])));
        return result;
    }
}
