package se.syfte.analytics.core;

/**
 * A visit without a duration counts its purpose's default duration (SPEC §2): 60 minutes unless
 * the purpose sets another, and 60 for a visit no purpose classified. Queries receive the 60 as
 * the parameter {@code :defaultMinutes}.
 */
public final class VisitMinutes {

    public static final int DEFAULT = 60;

    private VisitMinutes() {}
}
