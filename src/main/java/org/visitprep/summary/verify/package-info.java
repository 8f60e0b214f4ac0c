/**
 * The verifier and the omission check, which every draft of every engine passes before anyone reads it. The verifier
 * is closed: it accepts only what it can ground in the facts snapshot a sentence cites, and names the rule and the
 * words of each refusal. Each reader's words are normalised, then quotations (only an exact, whole quotation of a
 * cited text is hidden), names, numbers and dates (bound to the fact named beside them), judgements (agreeing with
 * the record), the words only a fact that states them lets a sentence say (a sex, a result's words, an allergy, an
 * active status: {@link org.visitprep.summary.verify.Bound}), instructions and advice, and every other word (a reviewed
 * lexicon per language, {@code lexicon-en.txt} and {@code lexicon-fr.txt}) are checked in turn; the deny-list {@code safety-rules.json} stays as a second line
 * against diagnoses phrased with the record's own words.
 *
 * <p>It never rewrites a sentence and never reads the record: the snapshot is all it trusts.
 */
package org.visitprep.summary.verify;
