package se.syfte.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A column an import understands, by its Swedish and English headers and their usual synonyms. */
public record ImportField(String key, boolean required, String swedish, String english, List<String> synonyms) {

    /** A unit in brackets at the end ({@code Längd (minuter)}, {@code Belopp [SEK]}) or after a comma ({@code Värde, kr}). */
    private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*(?:[(\\[]([^)\\]]*)[)\\]]|,([^,]*))$");

    private static final Set<String> HOURS = Set.of("h", "tim", "timmar", "timme", "hours", "hour", "hrs", "hr");

    private static final Set<String> MINUTES = Set.of("min", "mins", "minut", "minuter", "minute", "minutes");

    /** What a header in hours stands for, whatever the name before its unit. */
    static final String IN_HOURS = "timmar";

    /** What a header in minutes stands for: a duration, even when the name alone could be a time of day. */
    private static final String IN_MINUTES = "minuter";

    public boolean matches(String header) {
        String normalized = normalize(header);
        return !normalized.isEmpty() && names().anyMatch(name -> normalize(name).equals(normalized));
    }

    /** The field's headers: its Swedish and English ones and their synonyms. */
    Stream<String> names() {
        return Stream.concat(Stream.of(swedish, english), synonyms.stream());
    }

    /**
     * Case, spacing, punctuation, a trailing colon and a unit do not matter in a header: {@code
     * Belopp (SEK)} is {@code Belopp}, {@code Datum:} is {@code Datum}. A unit of time does: {@code
     * Tid (h)} and {@code Längd, timmar} are hours ({@link #IN_HOURS}), {@code Tid (min)} minutes, both
     * a duration.
     */
    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String text =
                header.toLowerCase(Locale.ROOT).strip().replaceAll(":+$", "").strip();
        Matcher unit = UNIT.matcher(text);
        if (unit.matches() && !unit.group(1).isBlank()) {
            String written = (unit.group(2) != null ? unit.group(2) : unit.group(3)).replaceAll("[^\\p{L}]", "");
            text = HOURS.contains(written) ? IN_HOURS : MINUTES.contains(written) ? IN_MINUTES : unit.group(1);
        }
        return text.replaceAll("[^\\p{L}\\p{Nd}]+", "");
    }

    /**
     * Whether a header that names no field looks like this one: it holds one of the field's names
     * or is held in one ({@code Längd i minuter}, {@code Kund nr}), or is one or two letters from
     * one ({@code Datm}); names shorter than four letters are too common to tell.
     */
    boolean resembles(String header) {
        String written = normalize(header);
        if (written.length() < 4) {
            return false;
        }
        return names().map(ImportField::normalize)
                .filter(name -> name.length() >= 4)
                .anyMatch(name -> written.contains(name)
                        || name.contains(written)
                        || ClosestName.distance(written, name) <= Math.max(1, name.length() / 5));
    }

    /** Whether a header gives its values in hours rather than minutes. */
    static boolean inHours(String header) {
        String normalized = normalize(header);
        return normalized.endsWith(IN_HOURS) || normalized.endsWith("hours") || HOURS.contains(normalized);
    }

    public String header(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? swedish : english;
    }
}
