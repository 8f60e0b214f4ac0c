/**
 * What a summary engine returns: a {@link org.visitprep.summary.draft.DraftSummary} of sections of cited sentences,
 * with its engine, model, time, facts snapshot and fallback note, and the verifier's
 * {@link org.visitprep.summary.draft.Verdict verdicts}. Immutable values with a stable JSON form
 * ({@link org.visitprep.summary.draft.SummaryJson}); storing, approving and sharing them happens elsewhere.
 */
package org.visitprep.summary.draft;
