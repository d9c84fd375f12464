package se.syfte.demo;

import java.util.List;

/**
 * How a demo salesperson sells: journeys begun per month and the share of them that moves on from each
 * step. The planted stories live in the extreme profiles.
 */
record SalesProfile(
        String name,
        String team,
        double journeysPerMonth,
        double toQuote,
        double extraQuote,
        double toNegotiation,
        double toWin,
        boolean steady) {

    static final String STOCKHOLM = "Team Stockholm";
    static final String GOTHENBURG = "Team Göteborg";

    static final List<SalesProfile> ALL = List.of(
            new SalesProfile(DemoStories.STRONG_PERFORMER, STOCKHOLM, 2.0, 0.85, 0.20, 0.85, 0.85, true),
            new SalesProfile(DemoStories.QUOTE_HEAVY_SALESPERSON, STOCKHOLM, 0.6, 0.85, 0.00, 0.05, 0.50, true),
            new SalesProfile("Maria Holm", STOCKHOLM, 1.6, 0.60, 0.30, 0.55, 0.50, false),
            new SalesProfile(DemoStories.LONG_CYCLE_SALESPERSON, STOCKHOLM, 1.2, 0.65, 0.40, 0.60, 0.55, false),
            new SalesProfile(DemoStories.OFTEN_CANCELS, STOCKHOLM, 1.7, 0.55, 0.30, 0.50, 0.45, false),
            new SalesProfile("Oskar Lund", STOCKHOLM, 1.5, 0.60, 0.25, 0.55, 0.45, false),
            new SalesProfile("Karin Ek", GOTHENBURG, 1.8, 0.65, 0.30, 0.50, 0.50, false),
            new SalesProfile("Per Nilsson", GOTHENBURG, 1.4, 0.50, 0.35, 0.60, 0.55, false),
            new SalesProfile("Lena Forsberg", GOTHENBURG, 1.6, 0.60, 0.30, 0.55, 0.50, false),
            new SalesProfile("Mikael Strand", GOTHENBURG, 2.0, 0.45, 0.20, 0.50, 0.40, false),
            new SalesProfile("Emma Sjöberg", GOTHENBURG, 1.5, 0.60, 0.30, 0.60, 0.50, false),
            new SalesProfile("David Håkansson", GOTHENBURG, 1.3, 0.65, 0.25, 0.45, 0.50, false));
}
