package se.syfte.visits;

public enum Channel {
    ON_SITE,
    VIDEO,
    PHONE
}
