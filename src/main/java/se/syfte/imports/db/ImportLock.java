package se.syfte.imports.db;

import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation's import lock, held in the database for the length of the caller's transaction
 * so that imports into one organisation never overlap, whichever process runs them. PostgreSQL
 * lets a second import wait for the first; DuckDB, whose transactions do not wait, refuses the
 * second's write at once, which {@link #tryHold} reports as false.
 */
@Repository
public class ImportLock {

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    ImportLock(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Makes the organisation's lock row, outside any transaction: two transactions that each add
     * it would not see each other's row until they commit.
     */
    public void prepare(long orgId) {
        try {
            jdbc.sql("INSERT INTO import_lock (org_id) VALUES (:org) ON CONFLICT DO NOTHING")
                    .param("org", orgId)
                    .update();
        } catch (DataAccessException addedMeanwhile) {
            // DuckDB tells at commit that another import added the row first: it is there.
            if (!isWriteConflict(addedMeanwhile)) {
                throw addedMeanwhile;
            }
        }
    }

    /** Holds the lock until the transaction ends; false when another import holds it and this database does not wait. */
    public boolean tryHold(long orgId) {
        try {
            Optional<Long> held = jdbc.sql(
                            "UPDATE import_lock SET imports = imports + 1 WHERE org_id = :org RETURNING imports")
                    .param("org", orgId)
                    .query(Long.class)
                    .optional();
            // DuckDB may let the update through on a snapshot older than an import committed since:
            // the count written must be above every count committed, or this transaction sees too
            // little and must begin again. Read on a connection of its own, outside the transaction.
            // A snapshot older than the lock row itself (another import's prepare committed it
            // after this transaction began) updates nothing, and must begin again too.
            return held.isPresent() && held.get() > committedCount(orgId);
        } catch (DataAccessException conflict) {
            if (isWriteConflict(conflict)) {
                return false;
            }
            throw conflict;
        }
    }

    private long committedCount(long orgId) {
        try (java.sql.Connection fresh = dataSource.getConnection();
                java.sql.PreparedStatement read =
                        fresh.prepareStatement("SELECT imports FROM import_lock WHERE org_id = ?")) {
            read.setLong(1, orgId);
            try (java.sql.ResultSet row = read.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read the import lock", e);
        }
    }

    /** DuckDB's words when another transaction has written the same row. */
    private static boolean isWriteConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("conflict on") || message.contains("duplicate key")) {
                return true;
            }
        }
        return false;
    }
}
