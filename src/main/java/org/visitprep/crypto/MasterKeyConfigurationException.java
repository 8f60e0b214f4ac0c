package org.visitprep.crypto;

/**
 * The master keys are missing from configuration or malformed. Thrown at start-up; the message names the setting and
 * what to do, never the value.
 */
public class MasterKeyConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    MasterKeyConfigurationException(String message) {
        super(message);
    }
}
