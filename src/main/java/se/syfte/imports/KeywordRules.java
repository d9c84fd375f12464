package se.syfte.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies an activity by the words of its type and subject (SPEC §4): a keyword matches at the
 * start of a word, so that Swedish compounds and inflections count ("Offertmöte" has "offert",
 * "Avtalsmöte" "avtal", "proposals" "proposal"); a keyword of several words matches those words
 * in a row, the last again at the start of a word. Of several purposes that match, the one with
 * the longest matching keyword wins; a tie between purposes classifies nothing. A tag like
 * {@code [OFFERT]} is a word too.
 */
public record KeywordRules(Map<Long, List<String>> keywordsByPurpose) {

    public Optional<Long> classify(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] words = words(text);
        Map<Long, Integer> longestMatch = new HashMap<>();
        keywordsByPurpose.forEach((purpose, keywords) -> keywords.stream()
                .filter(keyword -> matches(words(keyword), words))
                .mapToInt(String::length)
                .max()
                .ifPresent(length -> longestMatch.put(purpose, length)));
        int longest =
                longestMatch.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Long> winners = longestMatch.entrySet().stream()
                .filter(match -> match.getValue() == longest)
                .map(Map.Entry::getKey)
                .toList();
        return winners.size() == 1 ? Optional.of(winners.get(0)) : Optional.empty();
    }

    private static boolean matches(String[] keyword, String[] words) {
        if (keyword.length == 0) {
            return false;
        }
        int last = keyword.length - 1;
        for (int at = 0; at + last < words.length; at++) {
            int start = at;
            boolean leading =
                    java.util.stream.IntStream.range(0, last).allMatch(i -> words[start + i].equals(keyword[i]));
            if (leading && words[at + last].startsWith(keyword[last])) {
                return true;
            }
        }
        return false;
    }

    /** The text's words in lower case: letters and digits, whatever stands between them. */
    private static String[] words(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
                .strip();
        return plain.isEmpty() ? new String[0] : Arrays.stream(plain.split(" ")).toArray(String[]::new);
    }
}
