package org.visitprep.record.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.Coding;
import org.visitprep.record.EntryKind;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.PatientDetail;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.StoredEntry;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.SourceKind;

/** A Synthea patient imported into the store and read back through {@link org.visitprep.record.PatientRecord}. */
class StoredRecordTest {

    static final Path ALI = FhirCorpus.file("synthea/Ali_Herman_75c71918-f07f-4492-af1a-ce006a1e8aaf.json");
    static final Coding HBA1C = new Coding(Coding.LOINC, "4548-4", null);

    @OnEachDatabase
    void importsEveryEntryAndCountsThemByKind(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportResult read = Imports.imported(Imports.file(ALI, SourceKind.FHIR));

        ImportStatus status = store.importFile(patient, ALI);

        assertEquals(ImportState.DONE, status.state(), status.summary(Locale.ENGLISH));
        assertEquals(new ImportCounts(read.entries().size(), read.entries().size(), 0, 0), status.counts());
        assertEquals(read.countsByKind(), status.countsByKind());
        assertEquals(SourceKind.FHIR, status.sourceKind());
        assertEquals(100, status.percentDone());
        assertEquals(read.entries().size(), status.progress().entriesSaved());
        assertEquals(ALI.toFile().length(), status.progress().bytesRead());
        Map<EntryKind, Long> expected = new EnumMap<>(EntryKind.class);
        read.countsByKind().forEach((kind, count) -> expected.put(kind, count.longValue()));
        assertEquals(expected, store.withRecord(patient, record -> record.countsByKind()));
        assertEquals(read.entries().size(), store.entryRows(patient));
        String english = status.summary(Locale.ENGLISH);
        assertTrue(english.contains(ALI.getFileName().toString()), english);
        assertTrue(status.summary(Locale.FRENCH).contains("importé"), status.summary(Locale.FRENCH));
    }

    @OnEachDatabase
    void anImportGoesOnWhenNoHelperEverRuns(TestDatabase database) {
        var store = new TestRecordStore(database, neverRuns -> {});
        UUID patient = UUID.randomUUID();

        ImportStatus status = store.importFile(patient, StoredRecordTest.ALI);

        assertEquals(ImportState.DONE, status.state());
        assertEquals(status.counts().read(), status.counts().added());
        assertEquals(status.counts().read(), store.entryRows(patient));
    }

    @OnEachDatabase
    void readsALabTrendBackOldestFirst(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportResult read = Imports.imported(Imports.file(ALI, SourceKind.FHIR));
        store.importFile(patient, ALI);

        List<StoredEntry> trend = store.withRecord(patient, record -> record.observationsCoded(HBA1C));

        List<RecordEntry> expected = read.entries().stream()
                .filter(entry -> entry.detail() instanceof ObservationDetail observation
                        && observation
                                .code()
                                .codingFrom(Coding.LOINC)
                                .map(c -> c.code().equals("4548-4"))
                                .orElse(false))
                .sorted(Comparator.comparing(entry -> EntrySealer.startOf(entry.effective())))
                .toList();
        assertTrue(expected.size() >= 3, "the file holds an HbA1c series");
        assertEquals(expected.size(), trend.size());
        for (int i = 0; i < trend.size(); i++) {
            assertEquals(expected.get(i).detail(), trend.get(i).detail());
            assertEquals(expected.get(i).effective(), trend.get(i).effective());
            assertEquals("Observation", trend.get(i).resourceType());
            assertEquals("FHIR file " + ALI.getFileName(), trend.get(i).source());
        }
        assertTrue(trend.getFirst().observation().quantity().value().signum() > 0);
        assertEquals(
                List.of(),
                store.withRecord(
                        patient, record -> record.observationsCoded(new Coding(Coding.LOINC, "4548-4x", null))));
    }

    @OnEachDatabase
    void pagesThroughAKindNewestFirstAndOpensAnEntryAndItsOriginal(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportResult read = Imports.imported(Imports.file(ALI, SourceKind.FHIR));
        store.importFile(patient, ALI);
        int observations = read.count(EntryKind.OBSERVATION);

        List<StoredEntry> paged = new ArrayList<>();
        store.withRecord(patient, record -> {
            for (int first = 0; ; first += 40) {
                List<StoredEntry> page = record.page(EntryKind.OBSERVATION, first, 40);
                paged.addAll(page);
                if (page.size() < 40) {
                    return null;
                }
            }
        });

        assertEquals(observations, paged.size());
        assertEquals(
                observations, paged.stream().map(StoredEntry::id).distinct().count());
        for (int i = 1; i < paged.size(); i++) {
            Instant newer = EntrySealer.startOf(paged.get(i - 1).effective()).toInstant();
            Instant older = EntrySealer.startOf(paged.get(i).effective()).toInstant();
            assertFalse(older.isAfter(newer), "newest first");
        }
        StoredEntry newest = paged.getFirst();
        assertEquals(
                newest,
                store.withRecord(patient, record -> record.entry(newest.id())).orElseThrow());
        RecordEntry imported = read.entries().stream()
                .filter(entry -> entry.detail().equals(newest.detail())
                        && entry.effective().equals(newest.effective()))
                .findFirst()
                .orElseThrow();
        assertEquals(
                imported.original().asText(),
                store.withRecord(patient, record -> record.original(newest.id()))
                        .orElseThrow());
        assertEquals(List.of(), store.withRecord(patient, record -> record.page(EntryKind.OBSERVATION, 10_000, 40)));
    }

    @OnEachDatabase
    void findsTheLatestLaboratoryResultOfEachCode(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportResult read = Imports.imported(Imports.file(ALI, SourceKind.FHIR));
        store.importFile(patient, ALI);

        List<StoredEntry> latest = store.withRecord(patient, record -> record.latestObservationPerCode("laboratory"));

        Map<String, Instant> expected = new HashMap<>();
        for (RecordEntry entry : read.entries()) {
            if (entry.detail() instanceof ObservationDetail lab && lab.isIn("laboratory")) {
                expected.merge(
                        code(lab), EntrySealer.startOf(entry.effective()).toInstant(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        assertEquals(expected.size(), latest.size());
        Map<String, Instant> found = new HashMap<>();
        for (StoredEntry entry : latest) {
            assertTrue(entry.observation().isIn("laboratory"));
            found.put(
                    code(entry.observation()),
                    EntrySealer.startOf(entry.effective()).toInstant());
        }
        assertEquals(expected, found);
        assertEquals(List.of(), store.withRecord(patient, record -> record.latestObservationPerCode("no-such")));
    }

    @OnEachDatabase
    void answersTimeWindowsMedicationsConditionsAndThePatient(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportResult read = Imports.imported(Imports.file(ALI, SourceKind.FHIR));
        store.importFile(patient, ALI);
        Instant from = Instant.parse("2015-01-01T00:00:00Z");
        Instant to = Instant.parse("2019-01-01T00:00:00Z");
        Set<EntryKind> kinds = Set.of(EntryKind.OBSERVATION, EntryKind.ENCOUNTER);

        List<StoredEntry> window = store.withRecord(patient, record -> record.between(kinds, from, to));

        long expected = read.entries().stream()
                .filter(entry -> kinds.contains(entry.kind()) && entry.effective() != null)
                .map(entry -> EntrySealer.startOf(entry.effective()).toInstant())
                .filter(start -> !start.isBefore(from) && start.isBefore(to))
                .count();
        assertTrue(expected > 0);
        assertEquals(expected, window.size());
        for (int i = 1; i < window.size(); i++) {
            assertFalse(
                    EntrySealer.startOf(window.get(i).effective())
                            .isBefore(EntrySealer.startOf(window.get(i - 1).effective())),
                    "oldest first");
        }
        assertEquals(
                read.count(EntryKind.MEDICATION),
                store.withRecord(patient, r -> r.medications()).size());
        assertEquals(
                read.count(EntryKind.CONDITION),
                store.withRecord(patient, r -> r.conditions()).size());
        PatientDetail expectedPatient = read.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.PATIENT)
                .map(entry -> (PatientDetail) entry.detail())
                .findFirst()
                .orElseThrow();
        assertEquals(
                expectedPatient, store.withRecord(patient, r -> r.patient()).orElseThrow());
        assertEquals(List.of(), store.withRecord(patient, r -> r.between(kinds, to, from)));
    }

    @OnEachDatabase
    void listsThePatientsImports(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportStatus first = store.importFile(patient, ALI);
        ImportStatus second = store.importFile(patient, ALI);

        List<ImportStatus> imports = store.imports(patient);

        assertEquals(
                List.of(second.importId(), first.importId()),
                imports.stream().map(ImportStatus::importId).toList());
        ImportStatus stored = imports.get(1);
        assertEquals(ImportState.DONE, stored.state());
        assertEquals(ALI.getFileName().toString(), stored.fileName());
        assertEquals(first.counts(), stored.counts());
        assertEquals(first.countsByKind(), stored.countsByKind());
        assertEquals(first.formatLabel(), stored.formatLabel());
        assertEquals(SourceKind.FHIR, stored.sourceKind());
        assertTrue(!stored.finishedAt().isBefore(stored.startedAt()));
        assertEquals(stored, store.importOf(patient, first.importId()).orElseThrow());
        assertEquals(new HashSet<>(List.of()), new HashSet<>(store.imports(UUID.randomUUID())));
    }

    private static String code(ObservationDetail observation) {
        return EntryIndexes.primaryCode(observation).map(EntryIndexes::code).orElseThrow();
    }
}
