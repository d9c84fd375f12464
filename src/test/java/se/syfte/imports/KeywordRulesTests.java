package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.syfte.purposes.DefaultPurposes;

class KeywordRulesTests {

    private static final long QUOTE = 2;
    private static final long NEGOTIATION = 3;
    private static final long REPORTING = 5;
    private static final KeywordRules RULES = new KeywordRules(Map.of(
            QUOTE, List.of("offert", "quote", "proposal"),
            NEGOTIATION, List.of("avtal", "förhandling", "contract", "negotiation"),
            REPORTING, List.of("monthly report", "rapportering")));

    @Test
    void classifiesByAKeywordInTheTypeOrSubjectInEitherLanguage() {
        assertThat(RULES.classify("Meeting Gick igenom offert med inköp")).contains(QUOTE);
        assertThat(RULES.classify("Call Proposal walkthrough")).contains(QUOTE);
        assertThat(RULES.classify("Möte Förhandling om avtal")).contains(NEGOTIATION);
    }

    @Test
    void readsATagLikeAWord() {
        assertThat(RULES.classify("[OFFERT] Vasa fastigheter")).contains(QUOTE);
    }

    @Test
    void aKeywordMatchesAtTheStartOfACompoundOrAnInflectedWord() {
        assertThat(RULES.classify("Offertmöte")).contains(QUOTE);
        assertThat(RULES.classify("Avtalsmöte med inköp")).contains(NEGOTIATION);
        assertThat(RULES.classify("Sent two proposals")).contains(QUOTE);
        assertThat(RULES.classify("Negotiations, round 2")).contains(NEGOTIATION);
        assertThat(RULES.classify("Monthly reports for Q3")).contains(REPORTING);
    }

    @Test
    void aKeywordInsideOrAtTheEndOfAWordDoesNotMatch() {
        assertThat(RULES.classify("Kundavtal genomgång")).isEmpty();
        assertThat(RULES.classify("Slutoffert")).isEmpty();
        assertThat(RULES.classify("Report monthly")).isEmpty();
    }

    @Test
    void theLongerKeywordWinsAndATieClassifiesNothing() {
        assertThat(RULES.classify("Monthly report and quote")).contains(REPORTING);
        assertThat(RULES.classify("Quote and contract")).contains(NEGOTIATION);
        assertThat(RULES.classify("Quote eller avtal")).isEmpty();
        // "Offertförhandling" starts with "offert" only: a compound's first part decides.
        assertThat(RULES.classify("Offertförhandling")).contains(QUOTE);
    }

    @Test
    void theDefaultKeywordsClassifyTheCompoundsSalespeopleWrite() {
        List<DefaultPurposes.Definition> purposes = DefaultPurposes.ALL;
        Map<Long, List<String>> keywords = new HashMap<>();
        for (int i = 0; i < purposes.size(); i++) {
            keywords.put((long) i, purposes.get(i).keywords());
        }
        KeywordRules rules = new KeywordRules(keywords);

        assertThat(Map.of(
                        "Offertmöte", "QUOTE",
                        "Avtalsmöte med inköp", "NEGOTIATION",
                        "Kontraktsgenomgång", "NEGOTIATION",
                        "Introduktionsträff", "PRESENTATION",
                        "Uppföljningslunch", "RELATION",
                        "quotes", "QUOTE",
                        "proposals", "QUOTE",
                        "negotiations", "NEGOTIATION"))
                .allSatisfy((text, code) -> assertThat(rules.classify(text)
                                .map(id -> purposes.get(id.intValue()).code()))
                        .as(text)
                        .contains(code));
    }

    @Test
    void nothingMatchesNothing() {
        assertThat(RULES.classify("Lunch")).isEmpty();
        assertThat(RULES.classify("")).isEmpty();
    }
}
