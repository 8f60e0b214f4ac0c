package org.visitprep.summary.draft;

/** Why a summary the language model was asked for was written by the grounded engine instead. */
public enum FallbackReason {
    /** The model took longer than the configured timeout. */
    TIMEOUT,
    /** The model's server answered with an HTTP error. */
    HTTP_ERROR,
    /** The model's server could not be reached. */
    UNREACHABLE,
    /** The answer was not the JSON asked for. */
    MALFORMED_ANSWER,
    /** Recent calls failed; the model is not called again for a while. */
    CIRCUIT_OPEN,
    /** The verifier rejected at least one sentence. */
    REJECTED_BY_VERIFIER,
    /** The draft left out something the summary must mention (a critical or out-of-range result, a medicine change). */
    OMITTED_MUST_MENTION,
    /** The engine is enabled but not configured (no address or model). */
    NOT_CONFIGURED,
    /** Any other failure. */
    FAILED;

    public String messageKey() {
        return "fallback." + name();
    }
}
