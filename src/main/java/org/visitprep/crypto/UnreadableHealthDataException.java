package org.visitprep.crypto;

import jakarta.ejb.ApplicationException;

/**
 * Sealed health data did not open: it was altered, sealed for another patient or purpose, is not sealed data at all,
 * or its key was shredded. Nothing of the data or the keys is in the message.
 */
@ApplicationException(rollback = false)
public class UnreadableHealthDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableHealthDataException(String message) {
        super(message);
    }
}
