package se.syfte.purposes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A purpose as an administrator enters it on the settings page, checked field by field before
 * anything is stored. Keyword rules are written one per line or separated by commas and are
 * matched without regard to case, so they are kept in lower case.
 */
public record PurposeDraft(
        String code,
        String nameSv,
        String nameEn,
        PurposeKind kind,
        Integer step,
        int defaultMinutes,
        List<String> keywords) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    public static final int LONGEST_VISIT_MINUTES = 24 * 60;

    /** Problems by field name, as message keys; empty when the draft can be stored. */
    public Map<String, String> problems(List<Purpose> others, Map<String, String> keywordOwners) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.put("code", "settings.purpose.error.code");
        } else if (others.stream().anyMatch(other -> other.code().equals(code))) {
            problems.put("code", "settings.purpose.error.codeTaken");
        }
        if (blank(nameSv) || nameSv.length() > 200) {
            problems.put("nameSv", "settings.purpose.error.name");
        }
        if (blank(nameEn) || nameEn.length() > 200) {
            problems.put("nameEn", "settings.purpose.error.name");
        }
        if (kind == null) {
            problems.put("kind", "settings.purpose.error.kind");
        } else if (kind == PurposeKind.FUNNEL && (step == null || step < 1 || step > 20)) {
            problems.put("step", "settings.purpose.error.step");
        } else if (kind == PurposeKind.CARE && step != null) {
            problems.put("step", "settings.purpose.error.careStep");
        }
        if (defaultMinutes < 1 || defaultMinutes > LONGEST_VISIT_MINUTES) {
            problems.put("defaultMinutes", "settings.purpose.error.minutes");
        }
        if (keywords.stream().anyMatch(keyword -> keyword.length() > 100)) {
            problems.put("keywords", "settings.purpose.error.keywordLength");
        } else if (keywords.stream()
                .anyMatch(keyword -> keywordOwners.containsKey(keyword)
                        && !keywordOwners.get(keyword).equals(code))) {
            problems.put("keywords", "settings.purpose.error.keywordTaken");
        }
        return problems;
    }

    /** The keywords of a text box: one per line or comma, trimmed, lower case, each once. */
    public static List<String> keywords(String text) {
        Set<String> keywords = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split("[,\\n\\r]+")) {
                String keyword = part.strip().toLowerCase(Locale.ROOT);
                if (!keyword.isEmpty()) {
                    keywords.add(keyword);
                }
            }
        }
        return new ArrayList<>(keywords);
    }

    /**
     * What the change would do to figures already shown: a new kind or step moves visits in or
     * out of journeys and between steps; a new default duration changes the hours of every visit
     * stored without one. Names and keyword rules change no figure.
     */
    public Set<HistoricChange> changesFrom(Purpose before) {
        Set<HistoricChange> changes = new LinkedHashSet<>();
        if (before.kind() != kind || !java.util.Objects.equals(before.step(), step)) {
            changes.add(HistoricChange.JOURNEYS);
        }
        if (before.defaultMinutes() != defaultMinutes) {
            changes.add(HistoricChange.HOURS);
        }
        return changes;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Figures a change to a purpose alters for visits already stored. */
    public enum HistoricChange {
        JOURNEYS,
        HOURS
    }
}
