package se.syfte.deals;

public enum DealStatus {
    OPEN,
    WON,
    LOST
}
