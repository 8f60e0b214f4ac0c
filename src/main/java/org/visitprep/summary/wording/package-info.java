/**
 * How the summary writes and reads numbers, dates and units in English and French: the grounded engine writes with
 * these classes and the verifier reads any draft with them, so the two always agree on "6.9" and "6,9",
 * "12 March 2026" and "12 mars 2026", "mm[Hg]" and "mmHg". Also the one normal form every draft is read in
 * ({@link org.visitprep.summary.wording.Normalised}: NFKC, one form of quotes, dashes and spaces, numbers written as
 * words read as digits) and the date tokens the language model writes dates with.
 *
 * <p>Pure functions over text; nothing here knows a patient or a record.
 */
package org.visitprep.summary.wording;
