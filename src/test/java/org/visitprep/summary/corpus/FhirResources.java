package org.visitprep.summary.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * FHIR R4 resources as JSON text, written for the crafted corpus: only the elements a case needs, each as a real
 * exporter writes it (LOINC codes, UCUM units, v3 ObservationInterpretation flags, SNOMED CT qualifier values).
 */
final class FhirResources {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    private static final String CATEGORIES = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private FhirResources() {}

    static String patient(String id, String gender, String birthDate) {
        return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"gender\":\"" + gender + "\",\"birthDate\":\""
                + birthDate + "\"}";
    }

    /** A laboratory Observation; build it with the value, range and flag a case needs. */
    static Observation lab(String id, String loinc, String display, String date) {
        return new Observation(id, loinc, display, date);
    }

    static final class Observation {

        private final String id;
        private final String loinc;
        private final String display;
        private final String date;
        private String value = "";
        private String range = "";
        private final List<String> flags = new ArrayList<>();

        private Observation(String id, String loinc, String display, String date) {
            this.id = id;
            this.loinc = loinc;
            this.display = display;
            this.date = date;
        }

        Observation quantity(String number, String unit) {
            return bounded(null, number, unit);
        }

        /** A value qualified by a comparator ({@code <}, {@code <=}, {@code >=}, {@code >}). */
        Observation bounded(String comparator, String number, String unit) {
            value = ",\"valueQuantity\":{" + (comparator == null ? "" : "\"comparator\":\"" + comparator + "\",")
                    + "\"value\":" + number + ",\"unit\":\"" + unit + "\",\"system\":\"" + UCUM + "\",\"code\":\""
                    + unit + "\"}";
            return this;
        }

        /** A coded value, as SNOMED CT qualifier values such as 10828004 |Positive|. */
        Observation coded(String snomed, String text) {
            value = ",\"valueCodeableConcept\":{\"coding\":[{\"system\":\"" + SNOMED + "\",\"code\":\"" + snomed
                    + "\",\"display\":\"" + text + "\"}],\"text\":\"" + text + "\"}";
            return this;
        }

        Observation range(String low, String high, String unit) {
            StringJoiner limits = new StringJoiner(",");
            if (low != null) {
                limits.add("\"low\":{\"value\":" + low + ",\"unit\":\"" + unit + "\",\"system\":\"" + UCUM
                        + "\",\"code\":\"" + unit + "\"}");
            }
            if (high != null) {
                limits.add("\"high\":{\"value\":" + high + ",\"unit\":\"" + unit + "\",\"system\":\"" + UCUM
                        + "\",\"code\":\"" + unit + "\"}");
            }
            range = ",\"referenceRange\":[{" + limits + "}]";
            return this;
        }

        /** The laboratory's own flag: an HL7 v3 ObservationInterpretation code. */
        Observation flagged(String code) {
            flags.add("{\"coding\":[{\"system\":\"" + INTERPRETATION + "\",\"code\":\"" + code + "\"}]}");
            return this;
        }

        String json() {
            String interpretation = flags.isEmpty() ? "" : ",\"interpretation\":[" + String.join(",", flags) + "]";
            return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\","
                    + "\"category\":[{\"coding\":[{\"system\":\"" + CATEGORIES + "\",\"code\":\"laboratory\"}]}],"
                    + "\"code\":{\"coding\":[{\"system\":\"" + LOINC + "\",\"code\":\"" + loinc + "\",\"display\":\""
                    + display + "\"}]},\"subject\":{\"reference\":\"Patient/crafted\"},\"effectiveDateTime\":\""
                    + date + "\"" + value + range + interpretation + "}";
        }
    }

    /**
     * A MedicationRequest with a status, the day it was written, and a dosage: its text and, when {@code dose} is
     * given, its structure (dose, frequency per day, route by mouth).
     */
    static String medicationRequest(
            String id, String rxnorm, String medicine, String status, String authoredOn, String text, String dose) {
        String structure = dose == null
                ? ""
                : ",\"timing\":{\"repeat\":{\"frequency\":1,\"period\":1,\"periodUnit\":\"d\"}},"
                        + "\"route\":{\"coding\":[{\"system\":\"" + SNOMED
                        + "\",\"code\":\"26643006\",\"display\":\"Oral route\"}],\"text\":\"Oral route\"},"
                        + "\"doseAndRate\":[{\"doseQuantity\":{\"value\":" + dose + ",\"unit\":\"tablet\"}}]";
        return "{\"resourceType\":\"MedicationRequest\",\"id\":\"" + id + "\",\"status\":\"" + status + "\","
                + "\"intent\":\"order\",\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"" + RXNORM
                + "\",\"code\":\"" + rxnorm + "\",\"display\":\"" + medicine + "\"}]},"
                + "\"subject\":{\"reference\":\"Patient/crafted\"},\"authoredOn\":\"" + authoredOn + "\","
                + "\"dosageInstruction\":[{\"text\":\"" + text + "\"" + structure + "}]}";
    }

    /** An AllergyIntolerance recorded on a day, with a verification status and a reaction. */
    static String allergy(
            String id, String snomed, String substance, String recorded, String verification, String reaction) {
        return "{\"resourceType\":\"AllergyIntolerance\",\"id\":\"" + id + "\",\"clinicalStatus\":{\"coding\":[{"
                + "\"system\":\"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical\",\"code\":\"active\"}]},"
                + "\"verificationStatus\":{\"coding\":[{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification\",\"code\":\"" + verification
                + "\"}]},\"type\":\"allergy\",\"criticality\":\"high\",\"code\":{\"coding\":[{\"system\":\"" + SNOMED
                + "\",\"code\":\"" + snomed + "\",\"display\":\"" + substance + "\"}]},"
                + "\"patient\":{\"reference\":\"Patient/crafted\"},\"recordedDate\":\"" + recorded + "\","
                + "\"reaction\":[{\"manifestation\":[{\"coding\":[{\"system\":\"" + SNOMED
                + "\",\"code\":\"247472004\",\"display\":\"" + reaction + "\"}]}],\"severity\":\"moderate\"}]}";
    }

    /** A Condition with its onset. */
    static String condition(String id, String snomed, String display, String onset) {
        return "{\"resourceType\":\"Condition\",\"id\":\"" + id + "\",\"clinicalStatus\":{\"coding\":[{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/condition-clinical\",\"code\":\"active\"}]},"
                + "\"code\":{\"coding\":[{\"system\":\"" + SNOMED + "\",\"code\":\"" + snomed + "\",\"display\":\""
                + display + "\"}]},\"subject\":{\"reference\":\"Patient/crafted\"},\"onsetDateTime\":\"" + onset
                + "\"}";
    }
}
