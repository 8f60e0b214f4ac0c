package org.visitprep.web.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.EntryKind;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.ObservationComponent;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.RecordTime;
import org.visitprep.record.ReferenceRange;
import org.visitprep.record.StoredEntry;

/** A cited entry reads as the record gives it: its name, value and unit, range, date and source. */
class CitedEntriesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    @Test
    void aResultShowsItsValueUnitRangeDateAndSource() {
        ObservationDetail hba1c = new ObservationDetail(
                Concept.of(new Coding(Coding.LOINC, "4548-4", "Hemoglobin A1c")),
                List.of("laboratory"),
                Quantity.ucum(new BigDecimal("7.2"), "%", "%"),
                null,
                List.of(),
                List.of(new ReferenceRange(
                        Quantity.ucum(new BigDecimal("4.0"), "%", "%"),
                        Quantity.ucum(new BigDecimal("5.6"), "%", "%"),
                        null,
                        null)),
                List.of(),
                "final");

        CitedEntry entry = CitedEntries.describe(entry(EntryKind.OBSERVATION, hba1c));

        assertEquals("Hemoglobin A1c", entry.what());
        assertEquals("7.2", entry.value());
        assertEquals("%", entry.unit());
        assertEquals("4.0–5.6 %", entry.range());
        assertEquals(DAY, entry.date());
        assertEquals("FHIR file alice.json", entry.source());
        assertEquals("Hemoglobin A1c, 7.2 %, 12 Mar 2026, FHIR file alice.json", SourceLabel.of(entry, Locale.UK));
    }

    @Test
    void aBloodPressureShowsItsComponents() {
        ObservationDetail pressure = new ObservationDetail(
                Concept.ofText("Blood pressure"),
                List.of("vital-signs"),
                null,
                null,
                List.of(
                        new ObservationComponent(
                                Concept.ofText("Systolic"),
                                Quantity.ucum(new BigDecimal("128"), "mm[Hg]", "mmHg"),
                                null,
                                List.of()),
                        new ObservationComponent(
                                Concept.ofText("Diastolic"),
                                Quantity.ucum(new BigDecimal("82"), "mm[Hg]", "mmHg"),
                                null,
                                List.of())),
                List.of(),
                List.of(),
                "final");

        assertEquals(
                "Systolic 128 mmHg; Diastolic 82 mmHg",
                CitedEntries.describe(entry(EntryKind.OBSERVATION, pressure)).value());
    }

    @Test
    void aMedicineShowsItsDosageAndStart() {
        MedicationDetail metformin = new MedicationDetail(
                Concept.ofText("Metformin 500 mg"),
                "active",
                EffectiveTime.between(RecordTime.ofDate(DAY.minusDays(30)), null),
                "1 tablet twice a day");

        CitedEntry entry = CitedEntries.describe(entry(EntryKind.MEDICATION, metformin));

        assertEquals("Metformin 500 mg", entry.what());
        assertEquals("1 tablet twice a day", entry.value());
        assertEquals(DAY.minusDays(30), entry.date());
    }

    private static StoredEntry entry(EntryKind kind, org.visitprep.record.EntryDetail detail) {
        return new StoredEntry(
                UUID.randomUUID(),
                kind == EntryKind.MEDICATION ? "MedicationRequest" : "Observation",
                kind,
                EffectiveTime.at(RecordTime.ofDate(DAY)),
                detail,
                "FHIR file alice.json");
    }
}
