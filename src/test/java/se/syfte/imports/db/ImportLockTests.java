package se.syfte.imports.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.syfte.organisation.OrganisationService;
import se.syfte.support.DatabaseTest;

class ImportLockTests extends DatabaseTest {

    @Autowired
    ImportLock lock;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TransactionTemplate transactions;

    /**
     * CI once saw the second of two simultaneous imports fail with "expected 1, actual 0": its
     * transaction began before the first import's prepare had committed the lock row.
     */
    @Test
    void aTransactionThatDoesNotSeeTheLockRowDoesNotHoldTheLockAndMayTryAgain() {
        long org = organisations.create("lock-" + System.nanoTime(), "Lås AB").id();
        // A new organisation has no lock row yet, as a transaction whose snapshot predates it sees.
        transactions.executeWithoutResult(
                status -> assertThat(lock.tryHold(org)).as("with no lock row").isFalse());

        lock.prepare(org);

        transactions.executeWithoutResult(
                status -> assertThat(lock.tryHold(org)).as("once prepared").isTrue());
    }
}
