package org.visitprep.visit;

/** Whether a summary version is still the patient's draft or the version they approved. */
public enum SummaryState {
    DRAFT,
    APPROVED
}
