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

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessagesTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
