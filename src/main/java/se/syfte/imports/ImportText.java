package se.syfte.imports;

import com.fasterxml.jackson.annotation.JsonValue;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an import says of a file: why a row or a file was refused ({@code import.reason.…}) or a
 * note on how it was read ({@code import.note.…}), as a message of the bundles with the values it
 * names (an argument may be a text of its own, or a list of them), so that a page says it in its reader's language.
 * The command line, the API and the rejects file say it in English, as they always have.
 */
public record ImportText(String key, List<Object> arguments) {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(
            "messages",
            Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public ImportText {
        arguments = arguments.stream().map(value -> value == null ? "" : value).toList();
    }

    public static ImportText reason(String key, Object... arguments) {
        return new ImportText("import.reason." + key, Arrays.asList(arguments));
    }

    public static ImportText note(String key, Object... arguments) {
        return new ImportText("import.note." + key, Arrays.asList(arguments));
    }

    public static ImportText refusal(String key, Object... arguments) {
        return new ImportText("import.refusal." + key, Arrays.asList(arguments));
    }

    /** The note {@code text}, said of a file or sheet ("kunder.xlsx [Kunder]: …"). */
    public static ImportText at(String place, ImportText text) {
        return note("at", place, text);
    }

    @JsonValue
    public String english() {
        return said((key, arguments) -> {
            String message = ENGLISH.getString(key);
            // As Spring's message source says it: a message without arguments is not a pattern.
            return arguments.length == 0 ? message : new MessageFormat(message, Locale.ENGLISH).format(arguments);
        });
    }

    /** The text in words of one language, given how that language says a key with its arguments. */
    public String said(Wording wording) {
        Function<Object, Object> resolved = argument -> {
            if (argument instanceof ImportText text) {
                return text.said(wording);
            }
            if (argument instanceof List<?> texts) {
                return texts.stream()
                        .map(text -> ((ImportText) text).said(wording))
                        .collect(Collectors.joining(", "));
            }
            return argument;
        };
        return wording.say(key, arguments.stream().map(resolved).toArray());
    }

    /** How one language says a message key with its (already worded) arguments. */
    @FunctionalInterface
    public interface Wording {
        String say(String key, Object[] arguments);
    }

    @Override
    public String toString() {
        return english();
    }
}
