package org.visitprep.record;

/** What a record entry is about, as the screens and the summarizer group it. */
public enum EntryKind {
    PATIENT,
    OBSERVATION,
    MEDICATION,
    CONDITION,
    ALLERGY,
    IMMUNIZATION,
    PROCEDURE,
    ENCOUNTER,
    DIAGNOSTIC_REPORT,
    CLAIM,
    EXPLANATION_OF_BENEFIT,
    /** Any other resource, kept as it came (its original) without a normalized detail. */
    OTHER;

    /** The kind of a FHIR R4 resource type; medication orders and statements are all {@link #MEDICATION}. */
    public static EntryKind ofResourceType(String resourceType) {
        return switch (resourceType) {
            case "Patient" -> PATIENT;
            case "Observation" -> OBSERVATION;
            case "MedicationRequest", "MedicationStatement", "MedicationAdministration", "MedicationDispense" ->
                MEDICATION;
            case "Condition" -> CONDITION;
            case "AllergyIntolerance" -> ALLERGY;
            case "Immunization" -> IMMUNIZATION;
            case "Procedure" -> PROCEDURE;
            case "Encounter" -> ENCOUNTER;
            case "DiagnosticReport" -> DIAGNOSTIC_REPORT;
            case "Claim" -> CLAIM;
            case "ExplanationOfBenefit" -> EXPLANATION_OF_BENEFIT;
            default -> OTHER;
        };
    }
}
