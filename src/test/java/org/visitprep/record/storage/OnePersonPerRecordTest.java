package org.visitprep.record.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.visitprep.record.person.CraftedPeople.alice;
import static org.visitprep.record.person.CraftedPeople.bundle;
import static org.visitprep.record.person.CraftedPeople.bytes;
import static org.visitprep.record.person.CraftedPeople.jane;
import static org.visitprep.record.person.CraftedPeople.observation;
import static org.visitprep.record.person.CraftedPeople.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.person.Person;
import org.visitprep.record.person.PersonName;
import org.visitprep.record.person.RecordPerson;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.SourceKind;

/**
 * One person per record, stored: the first import names the record's person, a source about someone else is refused
 * and changes nothing, and a record built before the check that holds two people is found and mended.
 */
class OnePersonPerRecordTest {

    private static final String ALICE_FILE = bundle(alice(), observation("obs-1", "Patient/pat-alice"));
    private static final String JANE_FILE = bundle(jane(), observation("obs-9", "Patient/pat-jane"));

    @OnEachDatabase
    void theFirstImportNamesThePersonAndAFileAboutSomeoneElseChangesNothing(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        assertEquals(
                ImportState.DONE,
                store.importBytes(patient, "alice.json", bytes(ALICE_FILE)).state());
        RecordPerson person = store.keeper().person(patient);
        assertEquals(List.of(new PersonName("Alice Tessa Wiza")), person.names());
        assertEquals(LocalDate.of(1971, 4, 12), person.birthDate());
        long entries = store.entryRows(patient);
        long revision = revision(store, patient);

        ImportStatus refused = store.importBytes(patient, "jane.json", bytes(JANE_FILE));

        assertEquals(ImportState.REFUSED, refused.state());
        ImportProblem problem = refused.problems().getFirst();
        assertEquals(ProblemCode.ANOTHER_PERSON_IDENTIFIER, problem.code());
        assertTrue(problem.message(Locale.ENGLISH).startsWith("jane.json: This file is about Jane Doe, 1961-05-12"));
        assertTrue(problem.message(Locale.FRENCH).contains("Ce fichier concerne Jane Doe, 1961-05-12"));
        assertEquals(entries, store.entryRows(patient));
        assertEquals(revision, revision(store, patient));
        assertEquals(
                List.of(new PersonName("Alice Tessa Wiza")),
                store.keeper().person(patient).names());
        assertEquals(ImportState.REFUSED, store.imports(patient).getFirst().state());
    }

    @OnEachDatabase
    void theSameNameBornAnotherDayIsRefusedAndANameDifferingByAccentsIsNot(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        String helene = bundle(patient("h", "Hélène", "Dupré", "1980-01-02"), observation("o1", "Patient/h"));
        String plain = bundle(patient("h2", "HELENE", "DUPRE", "1980-01-02"), observation("o2", "Patient/h2"));
        String namesake = bundle(patient("h3", "Hélène", "Dupré", "2010-01-02"), observation("o3", "Patient/h3"));

        assertEquals(
                ImportState.DONE,
                store.importBytes(patient, "1.json", bytes(helene)).state());
        assertEquals(
                ImportState.DONE,
                store.importBytes(patient, "2.json", bytes(plain)).state());
        ImportStatus refused = store.importBytes(patient, "3.json", bytes(namesake));

        assertEquals(
                ProblemCode.ANOTHER_PERSON_BIRTH_DATE,
                refused.problems().getFirst().code());
        assertTrue(refused.problemMessages(Locale.FRENCH).getFirst().contains("née le 1980-01-02")
                || refused.problemMessages(Locale.FRENCH).getFirst().contains("1980-01-02"));
        assertEquals(2, store.keeper().person(patient).names().size(), "the record learned the second spelling");
    }

    @OnEachDatabase
    void theAccountsProfileTakesPartInTheFirstImport(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        store.keeper().rememberProfile(patient, Person.named(new PersonName("Alice Wiza"), null));

        ImportStatus refused = store.importBytes(patient, "jane.json", bytes(JANE_FILE));

        assertEquals(
                ProblemCode.NOT_ACCOUNT_HOLDER_NAME,
                refused.problems().getFirst().code());
        assertTrue(refused.problemMessages(Locale.ENGLISH).getFirst().contains("in the name of Alice Wiza"));
        assertEquals(0, store.entryRows(patient));
        assertEquals(
                ImportState.DONE,
                store.importBytes(patient, "alice.json", bytes(ALICE_FILE)).state());
        RecordPerson person = store.keeper().person(patient);
        assertEquals(new PersonName("Alice Wiza"), person.profileName());
        assertEquals(List.of(new PersonName("Alice Tessa Wiza"), new PersonName("Alice Wiza")), person.allNames());
    }

    @OnEachDatabase
    void aPullFromAnEhrAboutAnotherPatientIsRefused(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        store.importBytes(patient, "alice.json", bytes(ALICE_FILE));

        ImportStatus pulled = store.importPulled(patient, bytes(JANE_FILE));

        assertEquals(ImportState.REFUSED, pulled.state());
        assertTrue(pulled.problemMessages(Locale.ENGLISH).getFirst().contains("Jane Doe"));
        assertEquals(2, store.entryRows(patient));
    }

    @OnEachDatabase
    void anAppleHealthExportOfSomeoneBornAnotherDayIsRefused(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        store.importBytes(patient, "alice.json", bytes(ALICE_FILE));

        ImportStatus export =
                store.importFile(patient, FhirCorpus.file("wellness/apple-health-export/dogsheep/export.xml"));

        assertEquals(
                ProblemCode.ANOTHER_PERSON_BIRTH_DATE,
                export.problems().getFirst().code());
        assertTrue(export.problemMessages(Locale.ENGLISH).getFirst().contains("1990-02-02"));
        assertEquals(2, store.entryRows(patient));
    }

    @OnEachDatabase
    void aNutritionDiaryAndALabFileNamingNoOneJoinTheRecord(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        store.importBytes(patient, "alice.json", bytes(ALICE_FILE));

        ImportStatus lab = store.importFile(patient, FhirCorpus.file("labs/Observation-serum-creatinine-adult.json"));

        assertEquals(ImportState.DONE, lab.state());
        assertEquals(
                List.of(new PersonName("Alice Tessa Wiza")),
                store.keeper().person(patient).names());
    }

    /**
     * A record built before the check: someone else's file first, then the patient's own, sharing one entry. The
     * review finds it, tells which import is about whom, and removing the other person's import keeps the shared
     * entry for the patient's import.
     */
    @OnEachDatabase
    void aRecordBuiltTheOldWayWithTwoPeopleIsFoundAndMended(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        String shared = "{\"resourceType\":\"Medication\",\"id\":\"med-1\",\"code\":{\"coding\":[{\"system\":"
                + "\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"860975\"}]}}";
        ImportResult janes = read("jane.json", bundle(jane(), observation("obs-9", "Patient/pat-jane")), shared);
        ImportResult alices = read("alice.json", bundle(alice(), observation("obs-1", "Patient/pat-alice")), shared);
        store.saveTheOldWay(patient, janes);
        store.saveTheOldWay(patient, alices);
        store.keeper().rememberProfile(patient, Person.named(new PersonName("Alice Wiza"), null));
        assertEquals(5, store.entryRows(patient));

        var counts = store.keeper().reviewPending(1_000);

        assertTrue(counts.reviewed() >= 1 && counts.mixed() >= 1, counts.toString());
        List<ImportAbout> imports = store.keeper().importsAbout(patient);
        assertEquals(2, imports.size());
        ImportAbout jane =
                imports.stream().filter(i -> !i.recordsPerson()).findFirst().orElseThrow();
        assertEquals("Jane Doe, 1961-05-12", jane.about());
        assertEquals("jane.json", jane.fileName());
        assertFalse(store.keeper().remove(UUID.randomUUID(), jane.importId()), "another patient removes nothing");

        assertTrue(store.keeper().remove(patient, jane.importId()));

        assertEquals(3, store.entryRows(patient), "Alice's Patient, obs-1 and the shared result stay");
        assertEquals(
                0,
                store.count(
                        "select count(*) from record_entry where patient_id = ? and resource_type = 'Patient'"
                                + " and import_id not in (select id from record_import where state = 'DONE')",
                        patient));
        assertTrue(store.keeper().importsAbout(patient).isEmpty());
        assertEquals(
                List.of(new PersonName("Alice Tessa Wiza")),
                store.keeper().person(patient).names());
        assertEquals(
                ImportState.REMOVED,
                store.importOf(patient, jane.importId()).orElseThrow().state());
        assertEquals(
                ImportState.REFUSED,
                store.importBytes(patient, "jane.json", bytes(JANE_FILE)).state());
    }

    private static ImportResult read(String fileName, String bundle, String extra) {
        String withExtra = bundle.substring(0, bundle.length() - 2) + ",{\"resource\":" + extra + "}]}";
        return Imports.imported(Imports.text(fileName, withExtra, SourceKind.FHIR));
    }

    private static long revision(TestRecordStore store, UUID patient) {
        return store.count("select revision from patient_record where patient_id = ?", patient);
    }
}
