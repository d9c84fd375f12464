package se.syfte.analytics.journeys;

public enum JourneyOutcome {
    OPEN,
    WON,
    STALLED
}
