/**
 * The verifier: checks any draft against the facts snapshot it claims to rest on, sentence by sentence (citations
 * of this patient's facts and entries only, numbers with their units, dates, and no diagnosis or treatment
 * directive, by a rule set in English and French kept in {@code safety-rules.json}), and returns a verdict with
 * reasons for each sentence.
 *
 * <p>It never rewrites a sentence and never reads the record: the snapshot is all it trusts.
 */
package org.visitprep.summary.verify;
