package org.visitprep.record.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs storage work in a transaction of its own, on a connection to the VisitPrep database: committed when the work
 * returns, rolled back when it throws. In the container a {@code REQUIRES_NEW} bean runs it on the pooled data
 * source ({@link ContainerTransactions}); tools and tests run it on a data source of their own
 * ({@link LocalTransactions}).
 */
public interface StorageTransactions {

    /** Work on a connection; it never commits, rolls back or closes it. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * @throws RecordStorageException if the work failed; the transaction is rolled back
     */
    <T> T inNewTransaction(Work<T> work);
}
