package se.syfte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTests {

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties swedish = load("messages_sv.properties");

        assertThat(english).isNotEmpty();
        assertThat(swedish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    /**
     * Words both languages share ("Team", "Video", "Period", "Status", "Pipeline", "Segment", "API"), a date range and a
     * file named before what is said of it
     * may stay; anything else the same in both was not translated.
     */
    @Test
    void everyTextIsTranslated() throws IOException {
        Properties english = load("messages.properties");
        Properties swedish = load("messages_sv.properties");

        assertThat(english.stringPropertyNames())
                .filteredOn(key -> english.getProperty(key).equals(swedish.getProperty(key)))
                .allMatch(key -> java.util.Set.of(
                                "Team",
                                "Video",
                                "video",
                                "Period",
                                "Status",
                                "Pipeline",
                                "Segment",
                                "API",
                                "{0} – {1}",
                                "{0}: {1}")
                        .contains(english.getProperty(key)));
    }

    /**
     * A message with values is a MessageFormat pattern, where a lone apostrophe quotes the rest
     * ("Last month's targets for {0}" lost its apostrophe and its number): each must be doubled,
     * and every value must be filled, for one and for many.
     */
    @Test
    void aMessageWithValuesKeepsItsApostrophesAndFillsEveryValue() throws IOException {
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (String bundle : java.util.List.of("messages.properties", "messages_sv.properties")) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (!pattern.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                if (pattern.replace("''", "").contains("'")) {
                    wrong.add(bundle + " " + key + ": a lone apostrophe");
                }
                for (long value : new long[] {1, 7}) {
                    Object[] values = new Object[10];
                    java.util.Arrays.fill(values, value);
                    String said = new java.text.MessageFormat(pattern, java.util.Locale.ROOT).format(values);
                    if (said.matches("(?s).*\\{\\d.*")) {
                        wrong.add(bundle + " " + key + ": a value left unfilled in '" + said + "'");
                    }
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessagesTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
