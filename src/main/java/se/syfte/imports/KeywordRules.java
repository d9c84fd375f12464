package se.syfte.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies an activity by the words of its type and subject: the purpose one of whose keywords
 * stands in the text as words of their own, and of several the one with the longest matching
 * keyword; a tie between purposes classifies nothing. A tag like {@code [OFFERT]} is a word too.
 */
public record KeywordRules(Map<Long, List<String>> keywordsByPurpose) {

    public Optional<Long> classify(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String words = words(text);
        Map<Long, Integer> longestMatch = new HashMap<>();
        keywordsByPurpose.forEach((purpose, keywords) -> keywords.stream()
                .map(KeywordRules::words)
                .filter(words::contains)
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

    /** Lower case words between single spaces, with a space at each end. */
    private static String words(String text) {
        return " "
                + text.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
                        .strip() + " ";
    }
}
