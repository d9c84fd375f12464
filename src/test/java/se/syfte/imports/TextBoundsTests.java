package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBoundsTests {

    @Test
    void tabsAndLineBreaksAreTextButEveryOtherControlCharacterIsNot() {
        assertThat(TextBounds.hasControl("Kund AB\tavd 2\r\nrad två")).isFalse();
        assertThat(TextBounds.hasControl("Åhléns – Ö")).isFalse();
        for (char c = 0; c < 0x20; c++) {
            boolean allowed = c == '\t' || c == '\n' || c == '\r';
            assertThat(TextBounds.hasControl("Kund" + c)).as("U+%04X", (int) c).isEqualTo(!allowed);
        }
        assertThat(TextBounds.hasControl("Kund\u007F")).isTrue();
    }

    @Test
    void aRejectedValueShowsItsControlCharactersAsCodePoints() {
        assertThat(TextBounds.visible("Kund\u0000AB\tX")).isEqualTo("KundU+0000AB\tX");
    }
}
