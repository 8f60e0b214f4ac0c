package org.visitprep.record.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.Coding;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.StoredEntry;

/**
 * Importing again: the same file adds nothing, and a file carrying another version of an entry replaces that entry
 * in place, keeping its id (citations point to it).
 */
class ReimportTest {

    static final Path LIZ = FhirCorpus.file("synthea/Liz_Conn_27c911c6-f045-4ffa-af5d-6eba57ac94b2.json");

    @OnEachDatabase
    void theSameFileAgainAddsNothing(TestDatabase database) {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportStatus first = store.importFile(patient, StoredRecordTest.ALI);
        Set<UUID> idsBefore = ids(store, patient);

        ImportStatus again = store.importFile(patient, StoredRecordTest.ALI);

        int entries = first.counts().read();
        assertEquals(ImportState.DONE, again.state());
        assertEquals(new ImportCounts(entries, 0, 0, entries), again.counts());
        assertEquals(entries, store.entryRows(patient));
        assertEquals(idsBefore, ids(store, patient));
        assertEquals(2, store.count("select revision from patient_record where patient_id = ?", patient));
    }

    @OnEachDatabase
    void entriesPulledFromAnEhrNameTheEhrAsTheirSource(TestDatabase database) throws IOException {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();

        ImportStatus status = store.importPulled(patient, Files.readAllBytes(LIZ));

        assertEquals(ImportState.DONE, status.state());
        List<StoredEntry> conditions = store.withRecord(patient, PatientRecord::conditions);
        assertFalse(conditions.isEmpty());
        conditions.forEach(condition -> assertEquals(TestRecordStore.EHR_NAME, condition.source()));
    }

    /**
     * The same Synthea record, uploaded as a file (urn:uuid fullUrls) and then pulled from an EHR that serves the same
     * resources under its own addresses but their UUID ids: one record, no second copy of anything.
     */
    @OnEachDatabase
    void theSameResourcesPulledFromAnEhrAfterTheFileAddNothing(TestDatabase database) throws IOException {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportStatus uploaded = store.importFile(patient, LIZ);
        String servedByTheEhr = Files.readString(LIZ)
                .replaceAll(
                        "\"fullUrl\"\\s*:\\s*\"urn:uuid:", "\"fullUrl\": \"" + TestRecordStore.EHR_ISS + "/Resource/");

        ImportStatus again = store.importPulled(patient, servedByTheEhr.getBytes(UTF_8));

        int entries = uploaded.counts().read();
        assertEquals(new ImportCounts(entries, 0, 0, entries), again.counts());
        assertEquals(entries, store.entryRows(patient));
    }

    @OnEachDatabase
    void anotherVersionOfAnEntryReplacesItInPlace(TestDatabase database) throws IOException {
        var store = new TestRecordStore(database);
        UUID patient = UUID.randomUUID();
        ImportStatus first = store.importFile(patient, LIZ);
        String file = Files.readString(LIZ);
        JsonNode changed = firstObservationWithAQuantity(new ObjectMapper().readTree(file));
        BigDecimal oldValue =
                changed.path("resource").path("valueQuantity").path("value").decimalValue();
        BigDecimal newValue = oldValue.add(new BigDecimal("1.25"));
        String code = changed.path("resource")
                .path("code")
                .path("coding")
                .get(0)
                .path("code")
                .asText();
        StoredEntry before = storedVersionOf(
                store, patient, code, changed.path("resource").path("id").asText());
        String corrected = withValueReplaced(file, changed.path("fullUrl").asText(), newValue);

        ImportStatus again = store.importBytes(patient, "liz-corrected.json", corrected.getBytes(UTF_8));

        int entries = first.counts().read();
        assertEquals(new ImportCounts(entries, 0, 1, entries - 1), again.counts());
        assertEquals(entries, store.entryRows(patient));
        StoredEntry after =
                store.withRecord(patient, record -> record.entry(before.id())).orElseThrow();
        assertEquals(0, newValue.compareTo(after.observation().quantity().value()));
        assertNotEquals(before.detail(), after.detail());
        assertEquals("FHIR file liz-corrected.json", after.source());
        String original = store.withRecord(patient, record -> record.original(before.id()))
                .orElseThrow();
        assertEquals(
                0,
                newValue.compareTo(new ObjectMapper()
                        .readTree(original)
                        .path("valueQuantity")
                        .path("value")
                        .decimalValue()));
    }

    private static JsonNode firstObservationWithAQuantity(JsonNode bundle) {
        for (JsonNode entry : bundle.path("entry")) {
            JsonNode resource = entry.path("resource");
            if (resource.path("resourceType").asText().equals("Observation")
                    && resource.path("valueQuantity").path("value").isNumber()) {
                return entry;
            }
        }
        throw new IllegalStateException("the file holds no observation with a quantity");
    }

    /** The file with the value of the entry's valueQuantity replaced, every other byte as it was. */
    private static String withValueReplaced(String file, String fullUrl, BigDecimal newValue) {
        int entry = file.indexOf("\"" + fullUrl + "\"");
        int quantity = file.indexOf("\"valueQuantity\"", entry);
        Matcher value = Pattern.compile("\"value\"\\s*:\\s*([-+0-9.eE]+)").matcher(file);
        if (entry < 0 || quantity < 0 || !value.find(quantity)) {
            throw new IllegalStateException("the observation's value is not where expected");
        }
        return file.substring(0, value.start(1)) + newValue.toPlainString() + file.substring(value.end(1));
    }

    /** The stored observation of the code whose original has the given resource id. */
    private static StoredEntry storedVersionOf(TestRecordStore store, UUID patient, String loinc, String resourceId) {
        List<StoredEntry> matches = store.withRecord(
                patient,
                record -> record.observationsCoded(new Coding(Coding.LOINC, loinc, null)).stream()
                        .filter(entry ->
                                record.original(entry.id()).orElseThrow().contains("\"" + resourceId + "\""))
                        .toList());
        assertEquals(1, matches.size(), "one stored observation with the resource id");
        return matches.getFirst();
    }

    static Set<UUID> ids(TestRecordStore store, UUID patient) {
        return store.withRecord(
                patient,
                record -> record.countsByKind().keySet().stream()
                        .flatMap(kind -> record.page(kind, 0, 100_000).stream())
                        .map(StoredEntry::id)
                        .collect(Collectors.toSet()));
    }
}
