package org.visitprep.record.wellness;

import org.hl7.fhir.r4.model.Coding;

/** The Apple Health sample types kept one Observation per sample, with their code and usual unit. */
enum SparseKind {
    RESTING_HEART_RATE(
            "HKQuantityTypeIdentifierRestingHeartRate",
            "resting-heart-rate",
            WellnessCode.RESTING_HEART_RATE,
            "count/min"),
    BODY_WEIGHT("HKQuantityTypeIdentifierBodyMass", "body-weight", WellnessCode.BODY_WEIGHT, "kg"),
    BODY_HEIGHT("HKQuantityTypeIdentifierHeight", "body-height", WellnessCode.BODY_HEIGHT, "cm"),
    BODY_MASS_INDEX("HKQuantityTypeIdentifierBodyMassIndex", "body-mass-index", WellnessCode.BODY_MASS_INDEX, "kg/m2");

    private final String healthKitType;
    private final String slug;
    private final WellnessCode code;
    private final String defaultUnit;

    SparseKind(String healthKitType, String slug, WellnessCode code, String defaultUnit) {
        this.healthKitType = healthKitType;
        this.slug = slug;
        this.code = code;
        this.defaultUnit = defaultUnit;
    }

    static SparseKind of(String healthKitType) {
        for (SparseKind kind : values()) {
            if (kind.healthKitType.equals(healthKitType)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a sparse sample type: " + healthKitType);
    }

    String slug() {
        return slug;
    }

    WellnessCode code() {
        return code;
    }

    String defaultUnit() {
        return defaultUnit;
    }

    Coding category() {
        return WellnessObservations.vitalSigns();
    }
}
