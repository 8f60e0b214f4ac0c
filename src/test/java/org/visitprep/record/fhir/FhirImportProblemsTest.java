package org.visitprep.record.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.visitprep.record.Imports.imported;
import static org.visitprep.record.Imports.refusedWith;
import static org.visitprep.record.Imports.text;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.visitprep.record.EntryKind;
import org.visitprep.record.Imports;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.OriginalResource;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.importing.RecordImporter;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.SourceKind;

/** Each kind of bad FHIR input yields its own clear problem, and nothing is imported. */
class FhirImportProblemsTest {

    private static final String PATIENT_A = "{\"resourceType\":\"Patient\",\"id\":\"pat-a\"}";
    private static final String PATIENT_B = "{\"resourceType\":\"Patient\",\"id\":\"pat-b\"}";
    private static final String OBSERVATION = "{\"resourceType\":\"Observation\",\"id\":\"obs-1\",\"status\":\"final\","
            + "\"code\":{\"text\":\"Glucose\"},\"valueQuantity\":{\"value\":5.1,\"unit\":\"mmol/L\"}}";

    private static String bundle(String... resources) {
        StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i < resources.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"resource\":")
                    .append(resources[i])
                    .append('}');
        }
        return json.append("]}").toString();
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        ImportProblem problem = refusedWith(
                text("cut.json", "{\n  \"resourceType\": \"Patient\",\n  \"id\": \"x\"\n", SourceKind.FHIR),
                ProblemCode.MALFORMED_JSON);
        assertEquals(4, problem.location().line());
        assertTrue(problem.message(Locale.ENGLISH).startsWith("cut.json, line 4"), problem.message(Locale.ENGLISH));
        assertTrue(problem.message(Locale.FRENCH).contains("ligne 4"), problem.message(Locale.FRENCH));
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        String xml = "<Patient xmlns=\"http://hl7.org/fhir\">\n  <id value=\"x\">\n</Patient>";
        ImportProblem problem = refusedWith(text("bad.xml", xml, SourceKind.FHIR), ProblemCode.MALFORMED_XML);
        assertEquals(3, problem.location().line());
    }

    @Test
    void jsonWithoutResourceTypeIsNotFhir() {
        refusedWith(text("data.json", "{\"name\":\"not fhir\"}", SourceKind.FHIR), ProblemCode.NO_RESOURCE_TYPE);
        refusedWith(text("list.json", "[1, 2]", SourceKind.FHIR), ProblemCode.NOT_A_RESOURCE);
    }

    @Test
    void unknownResourceTypeIsNamed() {
        ImportProblem problem = refusedWith(
                text("odd.json", "{\"resourceType\":\"Spaceship\"}", SourceKind.FHIR),
                ProblemCode.UNKNOWN_RESOURCE_TYPE);
        assertEquals(List.of("Spaceship"), problem.arguments());
    }

    @Test
    void stu3MedicationStatementIsRecognizedAsStu3() {
        String stu3 = "{\"resourceType\":\"MedicationStatement\",\"id\":\"m1\",\"status\":\"active\",\"taken\":\"y\","
                + "\"medicationCodeableConcept\":{\"text\":\"Aspirin\"},\"subject\":{\"reference\":\"Patient/p\"}}";
        ImportProblem problem = refusedWith(text("stu3.json", stu3, SourceKind.FHIR), ProblemCode.OLDER_FHIR_VERSION);
        assertEquals(List.of("STU3", "MedicationStatement.taken"), problem.arguments());
    }

    @Test
    void stu3ConditionWithCodedClinicalStatusIsRecognizedAsStu3() {
        String stu3 = "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"clinicalStatus\":\"active\","
                + "\"code\":{\"text\":\"Asthma\"},\"subject\":{\"reference\":\"Patient/p\"}}";
        ImportProblem problem = refusedWith(text("stu3.json", stu3, SourceKind.FHIR), ProblemCode.OLDER_FHIR_VERSION);
        assertEquals("STU3", problem.arguments().getFirst());
    }

    @Test
    void dstu2ResourcesAreRecognizedAsDstu2() {
        String order = "{\"resourceType\":\"MedicationOrder\",\"id\":\"o1\"}";
        ImportProblem byType =
                refusedWith(text("dstu2.json", bundle(order), SourceKind.FHIR), ProblemCode.OLDER_FHIR_VERSION);
        assertEquals(List.of("DSTU2", "MedicationOrder"), byType.arguments());

        String condition = "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"patient\":{\"reference\":\"Patient/p\"},"
                + "\"code\":{\"text\":\"Asthma\"}}";
        ImportProblem byElement =
                refusedWith(text("dstu2.json", condition, SourceKind.FHIR), ProblemCode.OLDER_FHIR_VERSION);
        assertEquals(List.of("DSTU2", "Condition.patient"), byElement.arguments());
    }

    @Test
    void olderVersionIsToldByProfileWhenNoElementGivesItAway() {
        String observation = "{\"resourceType\":\"Observation\",\"id\":\"o\",\"meta\":{\"profile\":"
                + "[\"http://hl7.org/fhir/STU3/StructureDefinition/Observation\"]},\"status\":\"final\","
                + "\"code\":{\"text\":\"x\"},\"valueSomething\":1}";
        ImportProblem problem =
                refusedWith(text("old.json", observation, SourceKind.FHIR), ProblemCode.OLDER_FHIR_VERSION);
        assertEquals("STU3", problem.arguments().getFirst());
    }

    @Test
    void fhirXmlWithExternalEntityIsRefusedBeforeAnyEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Patient [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/><gender value=\"&secret;\"/></Patient>";
        ImportProblem problem = refusedWith(text("xxe.xml", xxe, SourceKind.FHIR), ProblemCode.XML_DOCTYPE_NOT_ALLOWED);
        assertTrue(!problem.message(Locale.ENGLISH).contains("root:"), "no file content leaks into the message");
    }

    @Test
    void fhirXmlWithBillionLaughsIsRefused() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE Patient [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            doctype.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = doctype + "]>\n<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&lol9;\"/></name>"
                + "</Patient>";
        refusedWith(text("laughs.xml", xml, SourceKind.FHIR), ProblemCode.XML_DOCTYPE_NOT_ALLOWED);
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutBeingRead() {
        RecordImporter small = RecordImporter.create(
                Imports.R4, Runnable::run, ImportLimits.defaults().withMaxFileBytes(100));
        String big = bundle(OBSERVATION, OBSERVATION.replace("obs-1", "obs-2"));
        ImportProblem declared = refusedWith(
                small.read(ImportSource.ofBytes(
                        "big.json", big.getBytes(java.nio.charset.StandardCharsets.UTF_8), SourceKind.FHIR)),
                ProblemCode.FILE_TOO_LARGE);
        assertTrue(declared.message(Locale.ENGLISH).contains("100 B"), declared.message(Locale.ENGLISH));
        ImportSource lying = ImportSource.of(
                "lying.json",
                10,
                () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                SourceKind.FHIR);
        refusedWith(small.read(lying), ProblemCode.FILE_TOO_LARGE);
    }

    @Test
    void bundleWithASecondPatientIsRefusedNamingBoth() {
        ImportProblem problem = refusedWith(
                text("two.json", bundle(PATIENT_A, OBSERVATION, PATIENT_B), SourceKind.FHIR),
                ProblemCode.SEVERAL_PEOPLE);
        assertTrue(problem.message(Locale.FRENCH).contains("plus d'une personne"), problem.message(Locale.FRENCH));
    }

    @Test
    void identicalRepeatsAreKeptOnceAndDifferentResourcesUnderOneIdAreRefused() {
        ImportResult repeated =
                imported(text("repeat.json", bundle(PATIENT_A, OBSERVATION, OBSERVATION), SourceKind.FHIR));
        assertEquals(2, repeated.entries().size());

        String changed = OBSERVATION.replace("5.1", "9.9");
        ImportProblem problem = refusedWith(
                text("conflict.json", bundle(PATIENT_A, OBSERVATION, changed), SourceKind.FHIR),
                ProblemCode.CONFLICTING_DUPLICATE);
        assertEquals(List.of("Observation/obs-1", "1", "2"), problem.arguments());
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        String unknownElement = OBSERVATION.replace("\"status\"", "\"colour\":\"red\",\"status\"");
        String noCode = "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"status\":\"final\"}";
        var outcome = text("many.json", bundle(unknownElement, noCode), SourceKind.FHIR);
        refusedWith(outcome, ProblemCode.UNKNOWN_ELEMENT);
        refusedWith(outcome, ProblemCode.MISSING_REQUIRED_ELEMENT);
    }

    @Test
    void readsFhirXmlKeepingItsJsonEncodingAsOriginal() {
        String xml = "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/>"
                + "<entry><fullUrl value=\"urn:uuid:11111111-1111-1111-1111-111111111111\"/><resource>"
                + "<MedicationRequest><id value=\"mr\"/><status value=\"active\"/><intent value=\"order\"/>"
                + "<medicationReference><reference value=\"urn:uuid:22222222-2222-2222-2222-222222222222\"/>"
                + "</medicationReference><subject><reference value=\"Patient/p\"/></subject>"
                + "<dosageInstruction><text value=\"1 tablet a day\"/></dosageInstruction></MedicationRequest>"
                + "</resource></entry>"
                + "<entry><fullUrl value=\"urn:uuid:22222222-2222-2222-2222-222222222222\"/><resource><Medication>"
                + "<id value=\"med\"/><code><coding><system value=\"http://www.nlm.nih.gov/research/umls/rxnorm\"/>"
                + "<code value=\"197361\"/><display value=\"Amlodipine 5 MG\"/></coding></code></Medication>"
                + "</resource></entry></Bundle>";
        ImportResult result = imported(text("bundle.xml", xml, SourceKind.DETECT));
        assertEquals("FHIR R4 XML Bundle (collection)", result.formatLabel());
        var request = result.entries().stream()
                .filter(e -> e.kind() == EntryKind.MEDICATION)
                .findFirst()
                .orElseThrow();
        assertEquals(
                OriginalResource.Representation.FROM_XML, request.original().representation());
        assertTrue(request.original().asText().startsWith("{\"resourceType\":\"MedicationRequest\""));
        MedicationDetail detail = (MedicationDetail) request.detail();
        assertEquals("197361", detail.medication().codings().getFirst().code());
        assertEquals("1 tablet a day", detail.dosageText());
    }

    @Test
    void sameFileImportedTwiceGivesTheSameIdentities() {
        String file = bundle(PATIENT_A, OBSERVATION);
        var first = imported(text("a.json", file, SourceKind.FHIR)).entries();
        var second = imported(text("a.json", file, SourceKind.FHIR)).entries();
        assertEquals(
                first.stream().map(e -> e.identity().key()).toList(),
                second.stream().map(e -> e.identity().key()).toList());
    }
}
