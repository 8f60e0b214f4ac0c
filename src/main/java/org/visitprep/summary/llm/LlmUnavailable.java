package org.visitprep.summary.llm;

import org.visitprep.summary.draft.FallbackReason;

/**
 * The language model could not give a usable answer: timed out, answered with an HTTP error, could not be reached,
 * or answered something that is not the JSON asked for. Messages never hold health data.
 */
public class LlmUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    private final FallbackReason reason;

    public LlmUnavailable(FallbackReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public FallbackReason reason() {
        return reason;
    }
}
