package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportKindTests {

    @Test
    void recognisesVisitsByTheirSwedishOrEnglishHeadersInAnyCase() {
        assertThat(ImportKind.ofHeaders(List.of("DATUM", "Säljare", "Kund", "Syfte", "Minuter")))
                .contains(ImportKind.VISITS);
        assertThat(ImportKind.ofHeaders(List.of("Date", "Owner", "Account", "Type", "Notes")))
                .contains(ImportKind.VISITS);
    }

    @Test
    void recognisesCustomersAndSalespeople() {
        assertThat(ImportKind.ofHeaders(List.of("Kund", "Organisationsnummer", "Bransch")))
                .contains(ImportKind.CUSTOMERS);
        assertThat(ImportKind.ofHeaders(List.of("Namn", "Team", "E-post"))).contains(ImportKind.SALESPEOPLE);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsNoKind() {
        assertThat(ImportKind.ofHeaders(List.of("Datum", "Belopp", "Valuta"))).isEmpty();
    }

    @Test
    void sheetsAreNamedInSwedishOrEnglish() {
        assertThat(ImportKind.ofSheet("Besök")).contains(ImportKind.VISITS);
        assertThat(ImportKind.ofSheet("customers")).contains(ImportKind.CUSTOMERS);
        assertThat(ImportKind.ofSheet("Instruktioner")).isEmpty();
    }

    @Test
    void suggestsTheClosestKnownNameForATypo() {
        assertThat(ClosestName.to("Johan Lindkvist", List.of("Johan Lindqvist", "Anna Bergström")))
                .contains("Johan Lindqvist");
        assertThat(ClosestName.to("Zlatan", List.of("Johan Lindqvist", "Anna Bergström")))
                .isEmpty();
    }
}
