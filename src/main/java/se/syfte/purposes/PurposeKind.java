package se.syfte.purposes;

/** FUNNEL purposes are steps toward an order; CARE purposes look after a customer. */
public enum PurposeKind {
    FUNNEL,
    CARE
}
