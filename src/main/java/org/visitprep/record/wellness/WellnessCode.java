package org.visitprep.record.wellness;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The codes of the Observations VisitPrep builds from wellness data, with the source that gives each LOINC code
 * that meaning. Where no LOINC code could be confirmed, a VisitPrep code stands in, in
 * {@code https://visitprep.org/fhir/CodeSystem/wellness}.
 */
public enum WellnessCode {
    // FHIR R4 Vital Signs profiles, http://hl7.org/fhir/R4/observation-vitalsigns.html (table of LOINC codes)
    HEART_RATE(Systems.LOINC, "8867-4", "Heart rate"),
    BODY_WEIGHT(Systems.LOINC, "29463-7", "Body weight"),
    BODY_HEIGHT(Systems.LOINC, "8302-2", "Body height"),
    BODY_MASS_INDEX(Systems.LOINC, "39156-5", "Body mass index (BMI) [Ratio]"),
    BLOOD_PRESSURE(Systems.LOINC, "85354-9", "Blood pressure panel with all children optional"),
    SYSTOLIC_PRESSURE(Systems.LOINC, "8480-6", "Systolic blood pressure"),
    DIASTOLIC_PRESSURE(Systems.LOINC, "8462-4", "Diastolic blood pressure"),
    // HL7 Physical Activity IG, ValueSet pa-observation-code-time,
    // http://hl7.org/fhir/us/physical-activity/ValueSet/pa-observation-code-time
    STEPS_PER_DAY(Systems.LOINC, "41950-7", "Number of steps in 24 hour Measured"),
    HEART_RATE_DAY_MAXIMUM(Systems.LOINC, "8873-2", "Heart rate 24 hour maximum"),
    RESTING_HEART_RATE(Systems.LOINC, "40443-4", "Heart rate --resting"),
    ACTIVE_ENERGY_PER_DAY(Systems.LOINC, "41979-6", "Calories burned in 24 hour Calculated"),
    // HL7 Personal Health Record IG, ValueSet pcd-sleep-observation-code,
    // http://hl7.org/fhir/uv/phr/ValueSet/pcd-sleep-observation-code
    SLEEP_DURATION(Systems.LOINC, "93832-4", "Sleep duration"),
    // No LOINC code for a daily minimum heart rate could be confirmed from a published HL7 value set.
    HEART_RATE_DAY_MINIMUM(Systems.VISITPREP, "heart-rate-day-minimum", "Heart rate, lowest of the day");

    /** The code systems, apart so the constants above can name them. */
    static final class Systems {
        static final String LOINC = "http://loinc.org";
        static final String VISITPREP = "https://visitprep.org/fhir/CodeSystem/wellness";

        private Systems() {}
    }

    private final String system;
    private final String code;
    private final String display;

    WellnessCode(String system, String code, String display) {
        this.system = system;
        this.code = code;
        this.display = display;
    }

    public String code() {
        return code;
    }

    public CodeableConcept concept() {
        return new CodeableConcept(new Coding(system, code, display)).setText(display);
    }
}
