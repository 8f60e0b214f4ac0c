/**
 * Visit preparation: the patient's appointment, their agenda in their own words, and the summary of their record
 * that an engine drafts, they review, and approve into a frozen version that can be shared.
 *
 * <p>Everything the patient writes, and every summary, is sealed with the patient's data key before it is stored:
 * only the appointment time, the ids of whom it is with, and states are kept in clear. Bad input comes back as a
 * {@link org.visitprep.visit.Outcome.Refused} with messages in English and French, and changes nothing. Nothing
 * here logs health data or knows of the web.
 */
package org.visitprep.visit;
