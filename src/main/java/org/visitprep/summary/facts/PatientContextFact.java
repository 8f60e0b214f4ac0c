package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who the patient is at a glance: their age on the visit day, from the record's birth date (the birth date itself
 * is in no fact), and their administrative sex as the record gives it.
 *
 * @param age whole years on the visit day, or null when the record gives no birth date
 * @param sex the FHIR administrative-gender code (female, male, other, unknown), or null
 * @param entryId the Patient entry it rests on
 */
public record PatientContextFact(String id, Integer age, String sex, UUID entryId) implements Fact {

    public PatientContextFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entryId, "entryId");
        if (age == null && sex == null) {
            throw new IllegalArgumentException("a patient's context states an age, a sex or both");
        }
    }

    @Override
    public List<UUID> entryIds() {
        return List.of(entryId);
    }

    @Override
    public List<FactNumber> numbers() {
        List<FactNumber> numbers = new ArrayList<>();
        if (age != null) {
            numbers.add(new FactNumber(BigDecimal.valueOf(age), "a", 0));
        }
        return numbers;
    }

    @Override
    public List<LocalDate> dates() {
        return List.of();
    }

    @Override
    public List<String> verbatim() {
        return List.of();
    }
}
