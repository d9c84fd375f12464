package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnCorrectionsTests {

    private static ColumnCorrections.Column visits(String header, String field) {
        return new ColumnCorrections.Column(ImportKind.VISITS, header, field);
    }

    @Test
    void columnsReadAsTheirHeadersSayNeedNoMapping() {
        assertThat(ColumnCorrections.mapTexts(
                        List.of(),
                        List.of(visits("Datum", "date"), visits("Säljare", "salesperson"), visits("Kund", "customer")),
                        List.of()))
                .isEmpty();
    }

    @Test
    void aColumnReadAsAnotherFieldIsAPairAndAReadColumnLeftOutIsIgnored() {
        assertThat(ColumnCorrections.mapTexts(
                        List.of(),
                        List.of(
                                visits("Datum", "date"),
                                visits("Åtgång", "duration"),
                                visits("Minuter", ""),
                                visits("Ansvarig", "customer"),
                                visits("Extra", "")),
                        List.of()))
                .containsExactly("duration=Åtgång,customer=Ansvarig", "ignore: Minuter");
    }

    @Test
    void valuesChosenJoinThoseMappedBeforeAndHeadersWithCommasOrEqualsAreQuoted() {
        List<String> texts = ColumnCorrections.mapTexts(
                List.of("Syfte: Fika=RELATION"),
                List.of(visits("Kund, namn", "salesperson")),
                List.of(
                        new ColumnCorrections.Value("Syfte", "Lunch", "RELATION"),
                        new ColumnCorrections.Value("Syfte", "a=b", "QUOTE"),
                        new ColumnCorrections.Value("Syfte", "Okänt", "")));

        assertThat(texts)
                .containsExactly("salesperson=\"Kund, namn\"", "Syfte: Fika=RELATION, Lunch=RELATION, \"a=b\"=QUOTE");
        ColumnMapping read = ColumnMapping.parse(texts);
        assertThat(read.columns()).containsEntry("salesperson", "Kund, namn");
        assertThat(read.values().get("Syfte"))
                .containsEntry("Fika", "RELATION")
                .containsEntry("Lunch", "RELATION")
                .containsEntry("a=b", "QUOTE")
                .doesNotContainKey("Okänt");
    }
}
