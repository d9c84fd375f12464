package se.syfte.reports.format;

/**
 * Text a spreadsheet may open without running it: one that begins with {@code = + - @}, a tab or
 * a carriage return gets a leading apostrophe, which spreadsheets take as "this is text". Every
 * CSV Syfte writes (reports, reject files) goes through here.
 */
public final class FormulaText {

    private FormulaText() {}

    public static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    public static String neutralised(String text) {
        return startsLikeAFormula(text) ? "'" + text : text;
    }
}
