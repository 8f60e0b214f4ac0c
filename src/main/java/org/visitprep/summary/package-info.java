/**
 * Visit summaries: the {@link org.visitprep.summary.SummaryDrafting} facade drafts a summary of a patient's record for
 * a {@link org.visitprep.summary.VisitContext} (window, locale, agenda). Sub-packages by feature: {@code agenda} (the
 * patient's items and the keyword table), {@code facts} (what the record says, cited), {@code grounded} (the default
 * engine), {@code llm} (the language model engine), {@code verify} (the checks every draft passes), {@code draft}
 * (the result types and their JSON) and {@code wording} (numbers, dates and units in English and French).
 *
 * <p>A summary supports the conversation with the clinician: it describes the record and never diagnoses or advises.
 * Nothing here knows the web or the database; no health data is logged.
 */
package org.visitprep.summary;
