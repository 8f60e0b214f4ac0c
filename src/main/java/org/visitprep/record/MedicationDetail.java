package org.visitprep.record;

import java.util.List;

/**
 * A medicine the patient was prescribed, took or was given: the medication (resolved from a referenced Medication
 * resource when the source refers to one), status, when it started and stopped, the dosage as written, and the
 * dosage instructions as the source structures them (dose, frequency, route), which may change while the text
 * stays the same.
 */
public record MedicationDetail(
        Concept medication, String status, EffectiveTime period, String dosageText, List<StructuredDosage> dosages)
        implements EntryDetail {

    public MedicationDetail {
        dosages = dosages == null ? List.of() : List.copyOf(dosages);
    }

    /** A medicine whose source structures no dosage (or one stored before VisitPrep kept it). */
    public MedicationDetail(Concept medication, String status, EffectiveTime period, String dosageText) {
        this(medication, status, period, dosageText, List.of());
    }

    public MedicationDetail withMedication(Concept resolved) {
        return new MedicationDetail(resolved, status, period, dosageText, dosages);
    }
}
