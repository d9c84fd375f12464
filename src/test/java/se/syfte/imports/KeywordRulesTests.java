package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
    void matchesWholeWordsOnly() {
        assertThat(RULES.classify("Offertering workshop")).isEmpty();
        assertThat(RULES.classify("Contractor visit")).isEmpty();
    }

    @Test
    void theLongerKeywordWinsAndATieClassifiesNothing() {
        assertThat(RULES.classify("Monthly report and quote")).contains(REPORTING);
        assertThat(RULES.classify("Quote and contract")).contains(NEGOTIATION);
        assertThat(RULES.classify("Quote eller avtal")).isEmpty();
    }

    @Test
    void nothingMatchesNothing() {
        assertThat(RULES.classify("Lunch")).isEmpty();
        assertThat(RULES.classify("")).isEmpty();
    }
}
