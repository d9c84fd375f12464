package se.syfte.imports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An import's choices as a person gives them, in words, the same on the command line, the import
 * page and the API: what to do with rejected rows ({@code fail}, {@code skip}), the layouts to read
 * ({@code auto}, {@code syfte}, a CRM's or {@code ics}), what to do with an activity no keyword
 * rule classifies ({@code reject}, {@code keep}), the kind the files hold, {@code --map} texts or
 * a saved profile, and a calendar's window. Null or empty means the default.
 */
public record ImportChoices(
        String onError,
        String format,
        String unclassified,
        String kind,
        List<String> map,
        String profile,
        LocalDate from,
        LocalDate to)
        implements java.io.Serializable {

    public ImportChoices {
        map = map == null
                ? List.of()
                : map.stream().filter(text -> !text.isBlank()).toList();
    }

    /** The default choices: all or nothing, any layout, unclassified activities rejected. */
    public static ImportChoices defaults() {
        return new ImportChoices(null, null, null, null, List.of(), null, null, null);
    }

    /**
     * These choices with the columns read as a person corrected them: the mapping's texts replace
     * those given and any saved profile (whose mapping the corrections started from).
     */
    public ImportChoices corrected(List<String> correctedMap, String correctedKind) {
        return new ImportChoices(onError, format, unclassified, correctedKind, correctedMap, null, from, to);
    }

    /** A choice that is not one: which, and what it may be. */
    public static final class Wrong extends IllegalArgumentException {

        private final String choice;

        public Wrong(String choice, String message) {
            super(message);
            this.choice = choice;
        }

        public String choice() {
            return choice;
        }
    }

    /**
     * The options these choices make, or {@link Wrong} naming the first that is not one; a saved
     * profile is applied by {@link ImportService#options}.
     */
    public ImportOptions options(boolean dryRun) {
        String onErrorChosen = orDefault(onError, "fail");
        if (!onErrorChosen.equals("fail") && !onErrorChosen.equals("skip")) {
            throw new Wrong("on-error", "on-error is fail or skip, not '" + onError + "'");
        }
        String formatChosen = orDefault(format, "auto");
        ImportFormat chosenFormat = Arrays.stream(ImportFormat.values())
                .filter(candidate -> candidate.id().equals(formatChosen))
                .findFirst()
                .orElseThrow(() -> new Wrong(
                        "format",
                        "format is auto, syfte, pipedrive, hubspot, salesforce or ics, not '" + format + "'"));
        String unclassifiedChosen = orDefault(unclassified, "reject");
        if (!unclassifiedChosen.equals("reject") && !unclassifiedChosen.equals("keep")) {
            throw new Wrong("unclassified", "unclassified is reject or keep, not '" + unclassified + "'");
        }
        Optional<ImportKind> chosenKind = Optional.ofNullable(blankToNull(kind))
                .map(name -> Arrays.stream(ImportKind.values())
                        .filter(candidate -> candidate.name().equalsIgnoreCase(name))
                        .findFirst()
                        .orElseThrow(() -> new Wrong(
                                "kind",
                                "kind is visits, deals, orders, customers, salespeople or targets, not '" + name
                                        + "'")));
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.parse(map);
        } catch (IllegalArgumentException wrong) {
            throw new Wrong("map", "map: " + wrong.getMessage());
        }
        if (blankToNull(profile) != null && (!mapping.isEmpty() || chosenKind.isPresent())) {
            throw new Wrong("profile", "profile cannot be given with a map or kind: the profile holds them");
        }
        ImportOptions options = new ImportOptions(
                dryRun,
                onErrorChosen.equals("skip"),
                chosenFormat,
                unclassifiedChosen.equals("keep"),
                chosenKind,
                mapping);
        return from != null || to != null ? options.withCalendarWindow(from, to) : options;
    }

    private static String orDefault(String value, String otherwise) {
        String given = blankToNull(value);
        return given == null ? otherwise : given.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
