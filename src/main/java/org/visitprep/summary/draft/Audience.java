package org.visitprep.summary.draft;

/**
 * Who reads a sentence: the patient, addressed in the second person ("your laboratory"), or the clinician, to whom
 * the patient is the third person ("the patient's laboratory"). Every engine sentence is written for both.
 */
public enum Audience {
    PATIENT,
    CLINICIAN
}
