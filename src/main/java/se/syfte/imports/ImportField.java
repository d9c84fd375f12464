package se.syfte.imports;

import java.util.List;
import java.util.Locale;

/** A column an import understands, by its Swedish and English headers and their usual synonyms. */
public record ImportField(String key, boolean required, String swedish, String english, List<String> synonyms) {

    public boolean matches(String header) {
        String normalized = normalize(header);
        return normalize(swedish).equals(normalized)
                || normalize(english).equals(normalized)
                || synonyms.stream().anyMatch(synonym -> normalize(synonym).equals(normalized));
    }

    /** Case, spaces, dashes, dots and underscores do not matter in a header. */
    static String normalize(String header) {
        return header == null
                ? ""
                : header.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", "").strip();
    }

    public String header(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? swedish : english;
    }
}
