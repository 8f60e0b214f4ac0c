package org.visitprep.lab;

/**
 * The catalogue file is not what the code expects. It ships with the application, so this is a defect to fix in
 * the file (the message says which entry and field), not something a user can cause.
 */
public class CatalogueFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogueFormatException(String message) {
        super(message);
    }

    public CatalogueFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
