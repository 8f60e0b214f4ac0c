package org.visitprep.record.storage;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.visitprep.database.DatabaseMigrations;

/**
 * {@link StorageTransactions} in the container: each work runs in a new JTA transaction, on a connection of the
 * application's pooled data source, which the container enlists in it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ContainerTransactions implements StorageTransactions {

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public <T> T inNewTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw RecordStorageException.of("Storage work", e);
        }
    }
}
