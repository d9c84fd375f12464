package se.syfte.imports;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What an imported text and amount may be (docs/import.md, Bounds): no control characters but tab
 * and line breaks (notes keep their lines), at most as long as the column that stores it and the
 * API allow, and amounts within NUMERIC(18, 2).
 */
final class TextBounds {

    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999999999999.99");

    private static final int NAME = 300;

    /** Columns shorter than a name's 300, by field; the note is 4,000, as the API takes it. */
    private static final Map<String, Integer> LONGEST = Map.ofEntries(
            Map.entry("note", 4000),
            Map.entry("external_id", 100),
            Map.entry("segment", 100),
            Map.entry("industry", 100),
            Map.entry("stage", 100),
            Map.entry("email", 320),
            Map.entry("org_number", 20),
            Map.entry("currency", 3),
            Map.entry("tier", 20),
            Map.entry("team", 200));

    private TextBounds() {}

    static int longest(ImportKind kind, String key) {
        // A salesperson's and a team's name are stored in 200 characters, a customer's in 300.
        if (kind == ImportKind.SALESPEOPLE && key.equals("name")) {
            return 200;
        }
        return LONGEST.getOrDefault(key, NAME);
    }

    /** Whether the text holds a control character other than tab and line breaks; read for every cell, so no regex. */
    static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(int c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0x7F;
    }

    /** The value as a rejection shows it: control characters written as U+0000, and at most 200 characters. */
    static String visible(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(200).forEach(c -> {
            if (isControl(c)) {
                shown.append(String.format("U+%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return value.length() > 200 ? shown + "…" : shown.toString();
    }
}
