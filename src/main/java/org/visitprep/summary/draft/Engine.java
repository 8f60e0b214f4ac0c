package org.visitprep.summary.draft;

/** Which engine wrote a summary. */
public enum Engine {
    /** Deterministic sentences from the facts, offline; the default and the fallback. */
    GROUNDED,
    /** A language model's sentences, each checked by the verifier against the facts. */
    LLM
}
