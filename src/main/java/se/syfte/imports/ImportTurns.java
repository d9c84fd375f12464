package se.syfte.imports;

import java.time.Duration;
import java.util.Optional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import se.syfte.imports.db.ImportLock;

/**
 * Imports into one organisation take turns on its row in {@code import_lock}, whichever process
 * runs them, so that a file imported twice at once is stored once (docs/import.md).
 */
final class ImportTurns {

    /** How long an import waits for another into the same organisation to finish. */
    static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    private static final Duration LOCK_RETRY = Duration.ofMillis(200);

    private final TransactionTemplate transactions;
    private final ImportLock lock;

    ImportTurns(TransactionTemplate transactions, ImportLock lock) {
        this.transactions = transactions;
        this.lock = lock;
    }

    /**
     * Runs the import's transaction once the organisation's import lock is held: on PostgreSQL the
     * lock waits for an import already running; on DuckDB, where it cannot wait, the transaction
     * is rolled back before anything is read and tried again, for at most {@link #LOCK_WAIT}.
     */
    ImportPlan inTurn(long org, TransactionCallback<ImportPlan> work) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        lock.prepare(org);
        while (true) {
            Optional<ImportPlan> plan = Optional.ofNullable(transactions.execute(status -> {
                if (!lock.tryHold(org)) {
                    status.setRollbackOnly();
                    return null;
                }
                return work.doInTransaction(status);
            }));
            if (plan.isPresent()) {
                return plan.get();
            }
            if (System.nanoTime() > deadline) {
                throw new ImportRefusedException(ImportText.refusal("busy", LOCK_WAIT.toMinutes()));
            }
            try {
                Thread.sleep(LOCK_RETRY.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ImportRefusedException(ImportText.refusal("stopped"));
            }
        }
    }
}
