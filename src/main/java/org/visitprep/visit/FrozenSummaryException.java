package org.visitprep.visit;

/** Thrown when something tries to change an approved summary version, which never changes. */
public class FrozenSummaryException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    FrozenSummaryException(String message) {
        super(message);
    }
}
