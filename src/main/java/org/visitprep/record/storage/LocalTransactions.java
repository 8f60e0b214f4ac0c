package org.visitprep.record.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** {@link StorageTransactions} on a plain data source, for tools, benchmarks and tests outside the container. */
public final class LocalTransactions implements StorageTransactions {

    private final DataSource dataSource;

    public LocalTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource);
    }

    @Override
    public <T> T inNewTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw RecordStorageException.of("Storage work", e);
        }
    }
}
