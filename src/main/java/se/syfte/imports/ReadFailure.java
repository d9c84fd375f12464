package se.syfte.imports;

import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file that could not be read, told in a sentence that names the file and what to do; the
 * library's own words stay in the cause, for the log.
 */
public final class ReadFailure {

    private static final Pattern LINE = Pattern.compile("(?:started in|starting at) line (\\d+)");

    private ReadFailure() {}

    public static ImportRefusedException of(String place, Throwable failure) {
        if (failure instanceof ImportRefusedException refused) {
            return refused;
        }
        String line = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            Matcher started = LINE.matcher(message);
            if (line == null && started.find()) {
                line = started.group(1);
            }
            if (message.contains("maximum buffer size")) {
                return new ImportRefusedException(
                        line == null
                                ? ImportText.refusal("longCell", place)
                                : ImportText.refusal("longCellAt", place, line),
                        failure);
            }
            if (message.contains("maximum limit of") && message.contains("fields")) {
                return new ImportRefusedException(
                        line == null
                                ? ImportText.refusal("manyColumns", place)
                                : ImportText.refusal("manyColumnsAt", place, line),
                        failure);
            }
            if (cause instanceof CharacterCodingException) {
                return notText(place, failure);
            }
        }
        return new ImportRefusedException(
                line == null
                        ? ImportText.refusal("unreadable", place)
                        : ImportText.refusal("unreadableFrom", place, line),
                failure);
    }

    /** A file whose bytes are no text: a picture, a program or a packed file under a text file's name. */
    public static ImportRefusedException notText(String place, Throwable failure) {
        return new ImportRefusedException(ImportText.refusal("notText", place), failure);
    }
}
