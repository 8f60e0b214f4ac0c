package org.visitprep.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.SourceKind;

/** The in-memory record answers every question of the contract from the entries of an import, faithfully. */
class InMemoryPatientRecordTest {

    private static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final String FILE = "synthea/Margery_Gibson_cdb2d67c-173f-42e7-859a-d04a8088680e.json";

    private static ImportResult imported;
    private static InMemoryPatientRecord record;

    @BeforeAll
    static void importSynthea() {
        imported = Imports.imported(Imports.file(FhirCorpus.file(FILE), SourceKind.FHIR));
        record = InMemoryPatientRecord.of(PATIENT, "FHIR file margery.json", imported.entries());
    }

    @Test
    void holdsEveryEntryOnceWithCountsByKind() {
        assertEquals(imported.entries().size(), record.size());
        Map<EntryKind, Long> expected =
                imported.entries().stream().collect(Collectors.groupingBy(RecordEntry::kind, Collectors.counting()));
        assertEquals(expected, record.countsByKind());
    }

    @Test
    void idsAreStableForAPatientAndDifferBetweenPatients() {
        InMemoryPatientRecord again = InMemoryPatientRecord.of(PATIENT, "again", imported.entries());
        InMemoryPatientRecord other = InMemoryPatientRecord.of(UUID.randomUUID(), "other", imported.entries());
        UUID first = record.page(EntryKind.OBSERVATION, 0, 1).getFirst().id();
        assertEquals(first, again.page(EntryKind.OBSERVATION, 0, 1).getFirst().id());
        assertNotEquals(
                first, other.page(EntryKind.OBSERVATION, 0, 1).getFirst().id());
        assertTrue(other.entry(first).isEmpty(), "another patient's entry is simply not found");
        assertTrue(other.original(first).isEmpty());
    }

    @Test
    void aSecondImportOfTheSameEntriesReplacesThemAndKeepsTheirIds() {
        InMemoryPatientRecord twice = InMemoryPatientRecord.builder(PATIENT)
                .add("first import", imported.entries())
                .add("second import", imported.entries())
                .build();
        assertEquals(record.size(), twice.size());
        UUID id = record.medications().getFirst().id();
        assertEquals("second import", twice.entry(id).orElseThrow().source());
    }

    @Test
    void pagesAreNewestFirstAndCoverTheKindOnce() {
        List<StoredEntry> all = new ArrayList<>();
        for (int first = 0; ; first += 50) {
            List<StoredEntry> page = record.page(EntryKind.OBSERVATION, first, 50);
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
        }
        assertEquals(record.countsByKind().get(EntryKind.OBSERVATION), (long) all.size());
        assertEquals(all.size(), all.stream().map(StoredEntry::id).distinct().count());
        for (int i = 1; i < all.size(); i++) {
            assertFalse(startOf(all.get(i)).isAfter(startOf(all.get(i - 1))), "newest first");
        }
        assertTrue(record.page(EntryKind.ALLERGY, 0, 10).size() <= 10);
        assertThrows(IllegalArgumentException.class, () -> record.page(EntryKind.OBSERVATION, -1, 10));
    }

    @Test
    void betweenIsHalfOpenAndOldestFirst() {
        List<StoredEntry> observations = record.page(EntryKind.OBSERVATION, 0, Integer.MAX_VALUE);
        StoredEntry some = observations.get(observations.size() / 2);
        Instant at = startOf(some);
        List<StoredEntry> from = record.between(Set.of(EntryKind.OBSERVATION), at, at.plusSeconds(1));
        assertTrue(from.stream().anyMatch(e -> e.id().equals(some.id())), "the start is included");
        assertTrue(
                record.between(Set.of(EntryKind.OBSERVATION), at.minusSeconds(3600), at).stream()
                        .noneMatch(e -> e.id().equals(some.id())),
                "the end is excluded");

        Instant from2019 = Instant.parse("2019-01-01T00:00:00Z");
        Instant to2021 = Instant.parse("2021-01-01T00:00:00Z");
        List<StoredEntry> mixed = record.between(
                Set.of(EntryKind.OBSERVATION, EntryKind.ENCOUNTER, EntryKind.MEDICATION), from2019, to2021);
        assertTrue(mixed.size() > 10, "Margery has entries of these kinds in 2019 and 2020");
        assertEquals(countBetween(from2019, to2021), mixed.size());
        assertEquals(
                mixed,
                mixed.stream()
                        .sorted(Comparator.comparing(InMemoryPatientRecordTest::startOf))
                        .toList());
    }

    @Test
    void observationsOfACodeAreTheWholeSeriesOldestFirst() {
        Coding a1c = new Coding(Coding.LOINC, "4548-4", null);
        List<StoredEntry> series = record.observationsCoded(a1c);
        long expected = imported.entries().stream()
                .filter(e -> e.detail() instanceof ObservationDetail o
                        && o.code().codings().stream()
                                .anyMatch(
                                        c -> c.isFrom(Coding.LOINC) && c.code().equals("4548-4")))
                .count();
        assertTrue(expected > 1, "Margery has several HbA1c results");
        assertEquals(expected, series.size());
        for (int i = 1; i < series.size(); i++) {
            assertFalse(startOf(series.get(i)).isBefore(startOf(series.get(i - 1))));
        }
        assertTrue(record.observationsCoded(new Coding(Coding.LOINC, "0000-0", null))
                .isEmpty());
    }

    @Test
    void latestPerCodeKeepsTheNewestOfEachLaboratoryCode() {
        List<StoredEntry> latest = record.latestObservationPerCode("laboratory");
        StoredEntry a1c = latest.stream()
                .filter(e -> e.observation()
                        .code()
                        .codingFrom(Coding.LOINC)
                        .orElseThrow()
                        .code()
                        .equals("4548-4"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                record.observationsCoded(new Coding(Coding.LOINC, "4548-4", null))
                        .getLast()
                        .id(),
                a1c.id());
        assertTrue(latest.stream().allMatch(e -> e.observation().isIn("laboratory")));
        for (int i = 1; i < latest.size(); i++) {
            assertFalse(startOf(latest.get(i)).isAfter(startOf(latest.get(i - 1))), "newest first");
        }
    }

    @Test
    void keepsOriginalsAndThePatientsSexAndBirthDateOnly() {
        StoredEntry medication = record.medications().getFirst();
        assertTrue(record.original(medication.id()).orElseThrow().contains("\"MedicationRequest\""));
        PatientDetail patient = record.patient().orElseThrow();
        assertEquals("female", patient.gender());
        assertEquals("1948-11-08", patient.birthDate().toString());
        assertEquals(record.countsByKind().get(EntryKind.CONDITION), (long)
                record.conditions().size());
        assertEquals(PATIENT, record.patientId());
    }

    private static long countBetween(Instant from, Instant to) {
        return imported.entries().stream()
                .filter(e -> Set.of(EntryKind.OBSERVATION, EntryKind.ENCOUNTER, EntryKind.MEDICATION)
                        .contains(e.kind()))
                .filter(e -> e.effective() != null)
                .map(e -> startOf(e.effective()))
                .filter(t -> !t.isBefore(from) && t.isBefore(to))
                .count();
    }

    private static Instant startOf(StoredEntry entry) {
        return startOf(entry.effective());
    }

    private static Instant startOf(EffectiveTime effective) {
        RecordTime start = effective.start();
        return start.instant() != null
                ? start.instant()
                : start.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
