package se.syfte.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports of SPEC §4, by the names {@code syfte report} takes. */
public enum ReportName {
    ACTIVITY,
    ATTAINMENT,
    FUNNEL,
    COHORT,
    LOOPS,
    CONCENTRATION,
    EFFORT,
    WINRATE,
    TRADITIONAL,
    COACHING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportName> of(String id) {
        return Arrays.stream(values())
                .filter(name -> name.id().equalsIgnoreCase(id))
                .findFirst();
    }
}
