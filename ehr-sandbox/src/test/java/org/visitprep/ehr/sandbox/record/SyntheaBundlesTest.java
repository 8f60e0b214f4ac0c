package org.visitprep.ehr.sandbox.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheaBundlesTest {

    private static final Path CORPUS =
            Path.of(System.getProperty("fhir.corpus.synthea", "../../shared/fhir-corpus/synthea"));
    private static final String CLEMENTE = "Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json";

    private final FhirContext fhir = FhirContext.forR4Cached();

    @Test
    void filesEveryResourceUnderItsPatientAndRewritesUuidReferences() throws IOException {
        PatientRecords records = new PatientRecords();

        new SyntheaBundles(fhir).load(CORPUS.resolve(CLEMENTE), records);

        String patientId = "d78af07c-9cb9-4f31-9b11-c45a28f2eec8";
        assertEquals(1, records.patientCount());
        assertTrue(records.patient(patientId).isPresent());
        Observation observation =
                (Observation) records.recordOfType(patientId, "Observation").getFirst();
        assertEquals("Patient/" + patientId, observation.getSubject().getReference());
        for (Resource resource : records.record(patientId)) {
            assertFalse(
                    fhir.newJsonParser().encodeResourceToString(resource).contains("urn:uuid:"),
                    resource.fhirType() + " still links by urn:uuid");
        }
    }

    @Test
    void skipsFilesThatAreNotPatientBundles(@TempDir Path folder) throws IOException {
        Files.copy(CORPUS.resolve(CLEMENTE), folder.resolve("a.json"));
        Files.writeString(folder.resolve("b.json"), "{ \"resourceType\": \"Bundle\", \"entry\": [ ");
        Files.writeString(folder.resolve("population.json"), "{}");
        PatientRecords records = new PatientRecords();

        assertEquals(1, new SyntheaBundles(fhir).loadFolder(folder, records));
        assertEquals(1, records.patientCount());
    }
}
