package se.syfte.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrgNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"556012-5790", "556016-0680", "556042-7220", "202100-5489"})
    void acceptsRegisteredNumbers(String number) {
        assertThat(OrgNumber.parse(number)).map(OrgNumber::value).contains(number);
    }

    @Test
    void acceptsTheFormsPeopleWrite() {
        assertThat(OrgNumber.parse("5560125790")).map(OrgNumber::value).contains("556012-5790");
        assertThat(OrgNumber.parse("16556012-5790")).map(OrgNumber::value).contains("556012-5790");
        assertThat(OrgNumber.parse(" 556012 5790 ")).map(OrgNumber::value).contains("556012-5790");
    }

    @ParameterizedTest
    @ValueSource(strings = {"556012-5791", "556012-5799", "556016-0681"})
    void rejectsAWrongCheckDigit(String number) {
        assertThat(OrgNumber.parse(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "55601-25790", "556012-579", "abcdef-ghij", "556012--5790"})
    void rejectsMalformedNumbers(String number) {
        assertThat(OrgNumber.parse(number)).isEmpty();
    }

    @Test
    void appendsTheCheckDigitThatMakesANumberValid() {
        assertThat(OrgNumber.withCheckDigit("556012579").value()).isEqualTo("556012-5790");
        for (int i = 0; i < 1000; i++) {
            String nine = String.format("556%06d", i * 997);
            assertThat(OrgNumber.parse(OrgNumber.withCheckDigit(nine).value())).isPresent();
        }
    }

    @Test
    void cannotBeConstructedWithAnInvalidNumber() {
        assertThatThrownBy(() -> new OrgNumber("556012-5791")).isInstanceOf(IllegalArgumentException.class);
    }
}
