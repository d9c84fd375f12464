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
                        place + ": " + (line == null ? "a cell" : "line " + line + " holds a cell that")
                                + " runs on for more than 16 million characters; most often a quote (\") opens"
                                + " and never closes. Close it, or save the sheet as CSV again",
                        failure);
            }
            if (message.contains("maximum limit of") && message.contains("fields")) {
                return new ImportRefusedException(
                        place + ": " + (line == null ? "a line" : "line " + line) + " holds more than 16,384 columns,"
                                + " far more than any table Syfte reads; is it a CSV file?",
                        failure);
            }
            if (cause instanceof CharacterCodingException) {
                return notText(place, failure);
            }
        }
        return new ImportRefusedException(
                place + ": cannot be read " + (line == null ? "" : "from line " + line + " on ")
                        + "as a workbook, CSV file or calendar; open it in a spreadsheet and save it as .xlsx or CSV again",
                failure);
    }

    /** A file whose bytes are no text: a picture, a program or a packed file under a text file's name. */
    public static ImportRefusedException notText(String place, Throwable failure) {
        return new ImportRefusedException(
                place + ": is not a text file (it holds binary data, such as a picture or a packed file);"
                        + " save the sheet as CSV or .xlsx and import that",
                failure);
    }
}
