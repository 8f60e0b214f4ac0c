package org.visitprep.record.storage;

import jakarta.ejb.ApplicationException;

/**
 * Storing failed, and the transaction was rolled back. Its message names the operation and, for a database error,
 * the SQLState, never a value: database messages may quote the values of a statement, so they stay in the cause,
 * which nothing logs. An application exception, so that the container rolls back without logging it.
 */
@ApplicationException(rollback = true)
public class RecordStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** For a failure of the given work, without the cause's message. */
    static RecordStorageException of(String work, Throwable cause) {
        if (cause instanceof RecordStorageException already) {
            return already;
        }
        String detail = cause instanceof java.sql.SQLException sql
                ? "database error, SQLState " + sql.getSQLState()
                : cause.getClass().getSimpleName();
        return new RecordStorageException(work + " failed (" + detail + ")", cause);
    }
}
