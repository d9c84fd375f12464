package se.syfte.cli;

import org.springframework.boot.web.server.PortInUseException;
import se.syfte.accounts.AccountException;
import se.syfte.database.DatabaseFailure;
import se.syfte.database.UnsupportedDatabaseException;
import se.syfte.imports.ImportRefusedException;
import se.syfte.organisation.OrganisationExistsException;
import se.syfte.organisation.UnknownOrganisationException;

/** Turns what made a command fail into one sentence for the person at the terminal. */
final class CliFailure {

    private CliFailure() {}

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownOrganisationException
                    || cause instanceof OrganisationExistsException
                    || cause instanceof se.syfte.organisation.InvalidOrganisationException
                    || cause instanceof UnsupportedDatabaseException
                    || cause instanceof ImportRefusedException
                    || cause instanceof AccountException) {
                return cause.getMessage();
            }
            if (cause instanceof PortInUseException portInUse) {
                return "Port " + portInUse.getPort() + " is already in use; stop what runs there or choose another"
                        + " with --port.";
            }
        }
        return DatabaseFailure.describe(failure).orElseGet(() -> unexpected(failure));
    }

    private static String unexpected(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message =
                root.getMessage() == null ? root.toString() : root.getMessage().strip();
        int newline = message.indexOf('\n');
        return "Syfte stopped: " + (newline < 0 ? message : message.substring(0, newline));
    }
}
