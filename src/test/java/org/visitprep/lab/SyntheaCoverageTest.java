package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans the shared Synthea patients (shared/fhir-corpus/synthea, found by walking up from the working directory,
 * or given by the system property {@code visitprep.fhirCorpus}) and checks that the catalogue covers every LOINC
 * code their laboratory and vital-sign Observations use.
 */
class SyntheaCoverageTest {

    private static final String LOINC = "http://loinc.org";
    private static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";

    /** Synthea files some eGFR results in plain mL/min, which the catalogue rightly refuses to compare. */
    private static final Set<String> KNOWN_UNIT_MISMATCHES = Set.of("33914-3 mL/min");

    private static final List<SyntheaObservation> OBSERVATIONS = new ArrayList<>();

    private record SyntheaObservation(String category, String code, String valueKind, String unit) {}

    @BeforeAll
    static void readTheSyntheaPatients() throws IOException {
        Path corpus = syntheaFolder();
        List<Path> bundles;
        try (Stream<Path> files = Files.list(corpus)) {
            bundles = files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        assertTrue(bundles.size() >= 8, "expected the eight Synthea patients in " + corpus + ", found " + bundles);
        for (Path bundle : bundles) {
            try (Reader text = Files.newBufferedReader(bundle, StandardCharsets.UTF_8);
                    JsonReader reader = Json.createReader(text)) {
                for (JsonValue entry : reader.readObject().getJsonArray("entry")) {
                    JsonObject resource = entry.asJsonObject().getJsonObject("resource");
                    if ("Observation".equals(resource.getString("resourceType", ""))) {
                        collect(resource);
                    }
                }
            }
        }
    }

    @Test
    void everyLaboratoryCodeSyntheaUsesIsInTheCatalogue() {
        Set<String> laboratoryCodes = codesOf("laboratory");
        assertTrue(laboratoryCodes.size() >= 60, "the scan found only " + laboratoryCodes.size() + " lab codes");
        Set<String> missing = new TreeSet<>();
        for (String code : laboratoryCodes) {
            if (LabCatalogue.standard()
                    .find(code)
                    .filter(t -> t.category() == TestCategory.LABORATORY)
                    .isEmpty()) {
                missing.add(code);
            }
        }
        assertEquals(Set.of(), missing, "laboratory codes in Synthea but not in the catalogue");
    }

    @Test
    void everyVitalSignCodeSyntheaUsesIsInTheCatalogueAsAVitalSign() {
        Set<String> missing = new TreeSet<>();
        for (String code : codesOf("vital-signs")) {
            if (LabCatalogue.standard()
                    .find(code)
                    .filter(t -> t.category() == TestCategory.VITAL_SIGN)
                    .isEmpty()) {
                missing.add(code);
            }
        }
        assertEquals(Set.of(), missing, "vital-sign codes in Synthea but not in the catalogue as vital signs");
    }

    @Test
    void theCatalogueExpectsTheKindOfResultSyntheaRecords() {
        Map<String, String> wrongKinds = new TreeMap<>();
        for (SyntheaObservation observation : OBSERVATIONS) {
            LabCatalogue.standard().find(observation.code()).ifPresent(test -> {
                if (!test.resultKind().catalogueName().equals(observation.valueKind())) {
                    wrongKinds.put(
                            observation.code(),
                            observation.valueKind() + " in Synthea, "
                                    + test.resultKind().catalogueName() + " in the catalogue");
                }
            });
        }
        assertEquals(Map.of(), wrongKinds);
    }

    @Test
    void syntheaUnitsCompareWithTheCatalogueUnitsSaveTheKnownEgfrCase() {
        Set<String> mismatches = new TreeSet<>();
        for (SyntheaObservation observation : OBSERVATIONS) {
            if (observation.unit() == null) {
                continue;
            }
            LabCatalogue.standard()
                    .find(observation.code())
                    .flatMap(LabTest::unit)
                    .ifPresent(unit -> {
                        if (!UnitConversion.comparable(observation.unit(), unit)) {
                            mismatches.add(observation.code() + " " + observation.unit());
                        }
                    });
        }
        assertEquals(KNOWN_UNIT_MISMATCHES, mismatches);
    }

    private static Set<String> codesOf(String category) {
        Set<String> codes = new TreeSet<>();
        OBSERVATIONS.stream().filter(o -> o.category().equals(category)).forEach(o -> codes.add(o.code()));
        return codes;
    }

    private static void collect(JsonObject observation) {
        String category = null;
        for (JsonValue concept : observation.getJsonArray("category")) {
            for (JsonValue coding : concept.asJsonObject().getJsonArray("coding")) {
                JsonObject c = coding.asJsonObject();
                if (CATEGORY_SYSTEM.equals(c.getString("system", ""))) {
                    category = c.getString("code");
                }
            }
        }
        if (category == null) {
            return;
        }
        String kind = observation.containsKey("valueQuantity")
                ? "quantity"
                : observation.containsKey("valueCodeableConcept")
                        ? "coded"
                        : observation.containsKey("component") ? "panel" : "none";
        String unit = observation.containsKey("valueQuantity")
                ? observation.getJsonObject("valueQuantity").getString("unit", null)
                : null;
        for (String code : loincCodes(observation.getJsonObject("code"))) {
            OBSERVATIONS.add(new SyntheaObservation(category, code, kind, unit));
        }
        if (observation.containsKey("component")) {
            for (JsonValue component : observation.getJsonArray("component")) {
                JsonObject part = component.asJsonObject();
                String partUnit = part.containsKey("valueQuantity")
                        ? part.getJsonObject("valueQuantity").getString("unit", null)
                        : null;
                for (String code : loincCodes(part.getJsonObject("code"))) {
                    OBSERVATIONS.add(new SyntheaObservation(category, code, "quantity", partUnit));
                }
            }
        }
    }

    private static List<String> loincCodes(JsonObject concept) {
        List<String> codes = new ArrayList<>();
        for (JsonValue coding : concept.getJsonArray("coding")) {
            JsonObject c = coding.asJsonObject();
            if (LOINC.equals(c.getString("system", ""))) {
                codes.add(c.getString("code"));
            }
        }
        return codes;
    }

    private static Path syntheaFolder() {
        String configured = System.getProperty("visitprep.fhirCorpus");
        if (configured != null) {
            return Paths.get(configured, "synthea");
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fhir-corpus").resolve("synthea");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("No shared/fhir-corpus/synthea above " + Paths.get("").toAbsolutePath()
                + "; set -Dvisitprep.fhirCorpus to the fhir-corpus folder");
    }
}
