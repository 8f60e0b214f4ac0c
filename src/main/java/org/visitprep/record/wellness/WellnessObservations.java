package org.visitprep.record.wellness;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Builds the FHIR R4 Observations of wellness data. Categories come from FHIR's observation-category code system
 * (http://terminology.hl7.org/CodeSystem/observation-category: {@code vital-signs}, {@code activity}); sleep and
 * nutrition, which it lacks, get VisitPrep's own category codes.
 */
public final class WellnessObservations {

    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String VISITPREP_CATEGORY = "https://visitprep.org/fhir/CodeSystem/wellness-category";
    private static final String UCUM = "http://unitsofmeasure.org";

    private WellnessObservations() {}

    /** A final Observation with a stable id derived from what it records (so re-imports give the same id). */
    public static Observation observation(String identityKey, CodeableConcept code, Coding category) {
        Observation observation = new Observation();
        observation.setId(idOf(identityKey));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(category));
        observation.setCode(code);
        return observation;
    }

    /** A FHIR id derived from what an Observation records: the same fact always gets the same id. */
    public static String idOf(String identityKey) {
        return UUID.nameUUIDFromBytes(identityKey.getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public static Coding vitalSigns() {
        return new Coding(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs");
    }

    public static Coding activity() {
        return new Coding(OBSERVATION_CATEGORY, "activity", "Activity");
    }

    public static Coding sleep() {
        return new Coding(VISITPREP_CATEGORY, "sleep", "Sleep");
    }

    public static Coding nutrition() {
        return new Coding(VISITPREP_CATEGORY, "nutrition", "Nutrition");
    }

    /** A quantity whose value is written without trailing zeros or exponent (1500, not 1.5E+3 or 1500.000). */
    public static Quantity quantity(BigDecimal value, String ucumCode, String unit) {
        BigDecimal plain = value.stripTrailingZeros();
        return new Quantity()
                .setValue(plain.scale() < 0 ? plain.setScale(0) : plain)
                .setUnit(unit)
                .setSystem(UCUM)
                .setCode(ucumCode);
    }

    public static DateTimeType dateTime(OffsetDateTime time) {
        return new DateTimeType(
                Date.from(time.toInstant()), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(time.getOffset()));
    }

    public static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    public static Period period(OffsetDateTime start, OffsetDateTime end) {
        return new Period().setStartElement(dateTime(start)).setEndElement(dateTime(end));
    }
}
