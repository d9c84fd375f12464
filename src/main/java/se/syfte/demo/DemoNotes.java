package se.syfte.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Short visit notes, as salespeople write them. */
final class DemoNotes {

    private static final Map<String, List<String>> NOTES = Map.of(
            "PRESENTATION",
                    List.of(
                            "Presenterade oss för inköpschefen.",
                            "Första mötet, visade referenscase.",
                            "Introduktion för ledningsgruppen.",
                            "Gick igenom deras behov och vårt erbjudande."),
            "QUOTE",
                    List.of(
                            "Gick igenom offerten punkt för punkt.",
                            "Reviderad offert, lägre pris på tillval.",
                            "Presenterade offert för styrgruppen.",
                            "Offert enligt förfrågan, återkommer efter budgetmöte."),
            "NEGOTIATION",
                    List.of(
                            "Förhandlade avtalsvillkor och viten.",
                            "Avtalsutkast genomgånget med jurist.",
                            "Slutförhandling om pris och löptid."),
            "RELATION",
                    List.of(
                            "Lunch med VD.",
                            "Uppföljning, allt fungerar bra.",
                            "Kaffe med kontaktpersonen.",
                            "Träffade nya inköpsansvariga."),
            "REPORTING",
                    List.of(
                            "Månadsrapport: leveranser enligt plan.",
                            "Månadsmöte, gick igenom avvikelser.",
                            "Rapportering av nyckeltal."));

    private DemoNotes() {}

    static String of(String purpose, Random random) {
        List<String> notes = NOTES.get(purpose);
        return notes.get(random.nextInt(notes.size()));
    }
}
