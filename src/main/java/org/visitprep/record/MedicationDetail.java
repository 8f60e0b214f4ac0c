package org.visitprep.record;

/**
 * A medicine the patient was prescribed, took or was given: the medication (resolved from a referenced Medication
 * resource when the source refers to one), status, when it started and stopped, and the dosage as written.
 */
public record MedicationDetail(Concept medication, String status, EffectiveTime period, String dosageText)
        implements EntryDetail {

    public MedicationDetail withMedication(Concept resolved) {
        return new MedicationDetail(resolved, status, period, dosageText);
    }
}
