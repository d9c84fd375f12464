package se.syfte.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.server.PortInUseException;
import se.syfte.database.UnsupportedDatabaseException;
import se.syfte.organisation.OrganisationExistsException;
import se.syfte.organisation.UnknownOrganisationException;

/** Turns what made a command fail into one sentence for the person at the terminal. */
final class CliFailure {

    private static final Pattern DUCKDB_LOCK = Pattern.compile("Could not set lock on file \"([^\"]+)\".*?PID (\\d+)", Pattern.DOTALL);

    private CliFailure() {}

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownOrganisationException
                    || cause instanceof OrganisationExistsException
                    || cause instanceof UnsupportedDatabaseException) {
                return cause.getMessage();
            }
            if (cause instanceof PortInUseException portInUse) {
                return "Port " + portInUse.getPort() + " is already in use; stop what runs there or choose another"
                        + " with --port.";
            }
            String message = String.valueOf(cause.getMessage());
            Matcher lock = DUCKDB_LOCK.matcher(message);
            if (lock.find()) {
                return "The database file " + lock.group(1) + " is in use by another Syfte process (PID "
                        + lock.group(2) + "); stop that process first, or give another file with --db.";
            }
        }
        Throwable database = deepest(failure, SQLException.class);
        if (database != null || deepest(failure, ConnectException.class) != null
                || deepest(failure, UnknownHostException.class) != null) {
            Throwable reason = database != null ? database : rootOf(failure);
            return "Cannot open the database: " + firstLine(reason.getMessage());
        }
        Throwable root = rootOf(failure);
        return firstLine(root.getMessage() == null ? root.toString() : root.getMessage());
    }

    private static Throwable deepest(Throwable failure, Class<? extends Throwable> type) {
        Throwable found = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                found = cause;
            }
        }
        return found;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
