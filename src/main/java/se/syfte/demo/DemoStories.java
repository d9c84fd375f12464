package se.syfte.demo;

import java.util.List;

/** The names behind the stories planted in the demo organisation (listed in docs/demo-data.md). */
public final class DemoStories {

    /** Presents many quotes, rarely reaches contract negotiation; most of his quotes go to {@link #LOOP_CUSTOMER}. */
    public static final String QUOTE_HEAVY_SALESPERSON = "Johan Lindqvist";

    /** Ten quote presentations by {@link #QUOTE_HEAVY_SALESPERSON} in the last year, no contract, no order. */
    public static final String LOOP_CUSTOMER = "Vasa Fastighetsförvaltning AB";

    /** Long relationship lunches and meetings, many hours, no order and no won deal. */
    public static final List<String> TIME_SINK_CUSTOMERS =
            List.of("Ekdahls Konferens AB", "Hammarby Sjöstads Logistik AB", "Gamla Stans Tryckeri AB");

    /** High progress rates at every step. */
    public static final String STRONG_PERFORMER = "Anna Bergström";

    /** A construction customer whose journey, begun 16 months ago, was won 14 months later. */
    public static final String LONG_CYCLE_CUSTOMER = "Norrlands Byggentreprenad AB";

    public static final String LONG_CYCLE_SALESPERSON = "Erik Sandberg";

    public static final int LONG_CYCLE_MONTHS = 14;

    /** Of her planned visits, about one in three is cancelled and one in ten missed by the customer. */
    public static final String OFTEN_CANCELS = "Sara Nyström";

    private DemoStories() {}
}
