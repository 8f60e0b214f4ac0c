package org.visitprep.record.fhir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitprep.record.EntryKind;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.OriginalResource;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.SourceKind;

/** Every valid file of the shared corpus imports with sensible counts; every file in bad/ is refused clearly. */
class FhirCorpusImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> validFhirFiles() {
        return Stream.of(
                        "synthea",
                        "ips",
                        "labs",
                        "wellness/fhir-core-r4",
                        "wellness/fhir-phd",
                        "wellness/fhir-phr-sleep")
                .flatMap(folder -> FhirCorpus.filesIn(folder).stream());
    }

    static Stream<Path> badFiles() {
        return FhirCorpus.filesIn("bad").stream();
    }

    @ParameterizedTest
    @MethodSource("validFhirFiles")
    void importsEveryResourceOfAValidFile(Path file) throws IOException {
        JsonNode tree = JSON.readTree(file.toFile());
        ImportResult result = Imports.imported(Imports.file(file, SourceKind.DETECT));

        boolean bundle = "Bundle".equals(tree.path("resourceType").asText());
        long resources = bundle ? countEntriesWithResource(tree) : 1;
        long directory =
                DIRECTORY.stream().mapToLong(type -> countOfType(tree, type)).sum();
        assertEquals(resources - directory, result.entries().size(), "one entry per resource but the directory's");
        assertEquals(directory, result.itemsLeftOut(), "directory resources are left out");
        assertEquals(countOfType(tree, "Observation"), result.count(EntryKind.OBSERVATION));
        assertEquals(countOfType(tree, "Condition"), result.count(EntryKind.CONDITION));
        assertEquals(countOfType(tree, "Encounter"), result.count(EntryKind.ENCOUNTER));
        assertEquals(countOfType(tree, "Claim"), result.count(EntryKind.CLAIM));
        assertEquals(countOfType(tree, "ExplanationOfBenefit"), result.count(EntryKind.EXPLANATION_OF_BENEFIT));
        assertTrue(result.count(EntryKind.PATIENT) <= 1, "one patient at most");
        assertNotNull(result.fileSha256());
        Set<String> identities = new HashSet<>();
        for (RecordEntry entry : result.entries()) {
            assertTrue(identities.add(entry.identity().key()), "identities are unique in a file");
            assertEquals(
                    OriginalResource.Representation.AS_RECEIVED,
                    entry.original().representation());
        }
    }

    @Test
    void keepsEachResourceExactlyAsReceivedAndNormalizesSyntheaObservations() throws IOException {
        Path file = FhirCorpus.file("synthea/Liz_Conn_27c911c6-f045-4ffa-af5d-6eba57ac94b2.json");
        JsonNode tree = JSON.readTree(file.toFile());
        ImportResult result = Imports.imported(Imports.file(file, SourceKind.FHIR));

        RecordEntry observation = result.entries().stream()
                .filter(e -> e.kind() == EntryKind.OBSERVATION)
                .findFirst()
                .orElseThrow();
        JsonNode source = findResource(tree, observation.resourceId());
        assertEquals(source, JSON.readTree(observation.original().asText()), "original holds the same resource");
        assertArrayEquals(observation.original().json(), observation.original().json());
        ObservationDetail detail = (ObservationDetail) observation.detail();
        assertEquals(
                source.path("code").path("coding").get(0).path("code").asText(),
                detail.code().codings().getFirst().code());
        assertNotNull(observation.effective(), "Synthea observations have an effective time");
        assertEquals("urn:uuid", observation.identity().system());
        assertEquals(observation.resourceId(), observation.identity().id());
        assertTrue(observation.references().stream().anyMatch(r -> r.element().equals("subject")));
    }

    @Test
    void resolvesMedicationReferencesOfAnInternationalPatientSummary() {
        Path file = FhirCorpus.file("ips/Bundle-IPS-examples-Bundle-01.json");
        ImportResult result = Imports.imported(Imports.file(file, SourceKind.FHIR));

        List<MedicationDetail> medications = result.entries().stream()
                .filter(e -> e.kind() == EntryKind.MEDICATION)
                .map(e -> (MedicationDetail) e.detail())
                .toList();
        assertFalse(medications.isEmpty());
        assertTrue(
                medications.stream()
                        .allMatch(m -> m.medication() != null
                                && !m.medication().codings().isEmpty()),
                "every medication statement gets the code of the Medication it refers to: " + medications);
        assertEquals("FHIR R4 JSON Bundle (document)", result.formatLabel());
    }

    @Test
    void readsReferenceRangesAndInterpretationsOfLabResults() {
        ImportResult result = Imports.imported(
                Imports.file(FhirCorpus.file("labs/Observation-urine-wbc-range.json"), SourceKind.FHIR));
        ObservationDetail detail =
                (ObservationDetail) result.entries().getFirst().detail();
        assertFalse(detail.referenceRanges().isEmpty(), "the lab's reference range is kept");
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void refusesEveryInvalidFileWithAMessageNamingTheFile(Path file) {
        ImportProblem problem = Imports.refused(Imports.file(file, SourceKind.DETECT));
        String name = file.getFileName().toString();
        assertTrue(problem.message(Locale.ENGLISH).startsWith(name), problem.message(Locale.ENGLISH));
        assertTrue(problem.message(Locale.FRENCH).startsWith(name), problem.message(Locale.FRENCH));
    }

    private static long countEntriesWithResource(JsonNode bundle) {
        long count = 0;
        for (JsonNode entry : bundle.path("entry")) {
            count += entry.has("resource") ? 1 : 0;
        }
        return count;
    }

    /** Who gives care and where: not record entries. */
    private static final List<String> DIRECTORY = List.of(
            "Practitioner",
            "PractitionerRole",
            "Organization",
            "OrganizationAffiliation",
            "Location",
            "HealthcareService",
            "Endpoint",
            "InsurancePlan");

    private static long countOfType(JsonNode tree, String type) {
        if (!"Bundle".equals(tree.path("resourceType").asText())) {
            return type.equals(tree.path("resourceType").asText()) ? 1 : 0;
        }
        long count = 0;
        for (JsonNode entry : tree.path("entry")) {
            count += type.equals(entry.path("resource").path("resourceType").asText()) ? 1 : 0;
        }
        return count;
    }

    private static JsonNode findResource(JsonNode bundle, String id) {
        for (JsonNode entry : bundle.path("entry")) {
            if (id.equals(entry.path("resource").path("id").asText())) {
                return entry.path("resource");
            }
        }
        throw new AssertionError("no resource " + id);
    }
}
