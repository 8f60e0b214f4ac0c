package org.visitprep.record.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.EntryIdentity;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.SourceKind;

/** An import stores every entry of its file or none: a refused file and a failed save leave the record as it was. */
class AllOrNothingTest {

    @OnEachDatabase
    void aRefusedFileLeavesTheRecordUnchangedAndSaysWhy(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportStatus before = store.importFile(patient, ReimportTest.LIZ);
        Set<UUID> ids = ReimportTest.ids(store, patient);

        ImportStatus refused = store.importFile(patient, FhirCorpus.file("bad/bad-json-close-1.json"));

        assertEquals(ImportState.REFUSED, refused.state());
        assertFalse(refused.problems().isEmpty());
        assertEquals(ImportCounts.NONE, refused.counts());
        assertEquals(ids, ReimportTest.ids(store, patient));
        assertEquals(before.counts().read(), store.entryRows(patient));
        ImportStatus stored = store.importOf(patient, refused.importId()).orElseThrow();
        assertEquals(ImportState.REFUSED, stored.state());
        assertEquals(refused.problems(), stored.problems());
        assertEquals("bad-json-close-1.json", stored.fileName());
        String english = stored.summary(Locale.ENGLISH);
        String french = stored.summary(Locale.FRENCH);
        assertTrue(english.contains("not imported") && english.contains("unchanged"), english);
        assertTrue(french.contains("n’a pas été importé") && french.contains("inchangé"), french);
        assertFalse(stored.problemMessages(Locale.FRENCH).getFirst().isBlank());
    }

    @OnEachDatabase
    void aFailureWhileSavingRollsBackEveryEntryOfTheFile(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        // a lab result that names no one, so that Ali's record may join it (a record holds one person)
        ImportStatus before =
                store.importFile(patient, FhirCorpus.file("labs/Observation-serum-creatinine-adult.json"));
        Set<UUID> ids = ReimportTest.ids(store, patient);
        ImportResult ali = Imports.imported(Imports.file(StoredRecordTest.ALI, SourceKind.FHIR));
        int failingAt = ImportWriter.CHUNK + ImportWriter.CHUNK / 2;
        assertTrue(ali.entries().size() > failingAt, "a batch is written before the failing entry");

        ImportStatus failed = store.save(patient, withAnEntryTheDatabaseRefuses(ali, failingAt));

        assertEquals(ImportState.FAILED, failed.state());
        assertEquals(ImportCounts.NONE, failed.counts());
        assertEquals(ids, ReimportTest.ids(store, patient));
        assertEquals(before.counts().read(), store.entryRows(patient));
        assertEquals(1, store.count("select revision from patient_record where patient_id = ?", patient));
        assertEquals(
                1, store.count("select count(*) from record_import where patient_id = ? and state = 'DONE'", patient));
        ImportStatus stored = store.importOf(patient, failed.importId()).orElseThrow();
        assertEquals(ImportState.FAILED, stored.state());
        assertEquals(new ImportCounts(ali.entries().size(), 0, 0, 0), stored.counts());
        String english = stored.summary(Locale.ENGLISH);
        assertTrue(english.contains("could not be saved") && english.contains("unchanged"), english);
        assertTrue(stored.summary(Locale.FRENCH).contains("inchangé"), stored.summary(Locale.FRENCH));

        ImportStatus retried = store.save(patient, ali);
        assertEquals(ImportState.DONE, retried.state());
        assertEquals(
                ali.entries().size(),
                retried.counts().added() + retried.counts().unchanged());
        assertEquals(before.counts().read() + retried.counts().added(), store.entryRows(patient));
    }

    /** The file's entries with one replaced by an entry whose resource type is longer than its column allows. */
    private static ImportResult withAnEntryTheDatabaseRefuses(ImportResult result, int position) {
        List<RecordEntry> entries = new ArrayList<>(result.entries());
        RecordEntry model = entries.get(position);
        String tooLong = "Observation".repeat(10);
        entries.set(
                position,
                new RecordEntry(
                        new EntryIdentity("urn:uuid", tooLong, UUID.randomUUID().toString()),
                        tooLong,
                        model.resourceId(),
                        model.fullUrl(),
                        model.kind(),
                        model.effective(),
                        model.detail(),
                        model.references(),
                        model.original()));
        return new ImportResult(
                result.fileName(),
                result.kind(),
                result.formatLabel(),
                result.fileSha256(),
                entries,
                result.countsByKind(),
                result.itemsLeftOut(),
                result.about());
    }
}
