package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportFieldTests {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Längd (minuter)     | VISITS | duration | false",
                "Tid (min)           | VISITS | duration | false",
                "Tid (h)             | VISITS | duration | true",
                "Längd, timmar       | VISITS | duration | true",
                "Timmar              | VISITS | duration | true",
                "Antal timmar        | VISITS | duration | true",
                "Hours               | VISITS | duration | true",
                "Tid                 | VISITS | time     | false",
                "Datum:              | VISITS | date     | false",
                "  DATUM             | VISITS | date     | false",
                "Typ av besök        | VISITS | purpose  | false",
                "Syfte med besöket   | VISITS | purpose  | false",
                "Besökstyp           | VISITS | purpose  | false",
                "Ansvarig säljare    | VISITS | salesperson | false",
                "Kundnamn            | VISITS | customer | false",
                "Belopp (SEK)        | ORDERS | amount   | false",
                "Orderbelopp         | ORDERS | amount   | false",
                "'Värde, kr'         | DEALS  | value    | false",
                "Antal               | TARGETS | count   | false"
            })
    void readsAHeaderAsPeopleWriteIt(String header, ImportKind kind, String key, boolean hours) {
        Optional<ImportField> field =
                kind.fields().stream().filter(f -> f.matches(header)).findFirst();

        assertThat(field).map(ImportField::key).contains(key);
        assertThat(ImportField.inHours(header)).isEqualTo(hours);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"(SEK)", "''", ":"})
    void aHeaderOfOnlyAUnitOrPunctuationNamesNoField(String header) {
        assertThat(List.of(ImportKind.values()))
                .allSatisfy(kind -> assertThat(kind.fields()).noneMatch(f -> f.matches(header)));
    }
}
