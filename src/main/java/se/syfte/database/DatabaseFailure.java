package se.syfte.database;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says in one sentence why the database could not be used, when that is what went wrong. */
public final class DatabaseFailure {

    private static final Pattern DUCKDB_LOCK =
            Pattern.compile("Could not set lock on file \"([^\"]+)\".*?PID (\\d+)", Pattern.DOTALL);

    private DatabaseFailure() {}

    public static Optional<String> describe(Throwable failure) {
        Throwable sql = null;
        Throwable network = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher lock = DUCKDB_LOCK.matcher(String.valueOf(cause.getMessage()));
            if (lock.find()) {
                return Optional.of("The database file " + lock.group(1) + " is in use by another Syfte process (PID "
                        + lock.group(2) + "); stop that process first, or give another file with --db.");
            }
            // The driver's own words (the outermost SQL error) say more than the socket's beneath them.
            if (sql == null && cause instanceof SQLException) {
                sql = cause;
            }
            if (network == null && (cause instanceof ConnectException || cause instanceof UnknownHostException)) {
                network = cause;
            }
        }
        if (network != null || (sql != null && isConnectionFailure((SQLException) sql))) {
            return Optional.of("Cannot open the database: " + firstLine((sql != null ? sql : network).getMessage()));
        }
        return Optional.ofNullable(sql)
                .map(cause -> "The database refused a statement: " + firstLine(cause.getMessage()));
    }

    /** SQL state class 08 is "connection exception"; DuckDB reports a file it cannot open without one. */
    private static boolean isConnectionFailure(SQLException failure) {
        String state = failure.getSQLState();
        return state == null || state.startsWith("08");
    }

    static String firstLine(String message) {
        String text = message == null ? "unknown error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
