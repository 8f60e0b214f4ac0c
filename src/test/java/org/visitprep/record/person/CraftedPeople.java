package org.visitprep.record.person;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * FHIR files about chosen people, built for the tests of whom a source is about: Patient resources with names, birth
 * dates and identifiers, and Observations whose subject points where a test wants.
 */
public final class CraftedPeople {

    public static final String MRN = "http://hospital.example.org/mrn";

    private CraftedPeople() {}

    /** A Patient resource; {@code birthDate} may be null, identifiers are {@code system|value}. */
    public static String patient(String id, String given, String family, String birthDate, String... identifiers) {
        List<String> ids = new ArrayList<>();
        for (String identifier : identifiers) {
            String[] parts = identifier.split("\\|", 2);
            ids.add("{\"system\":\"" + parts[0] + "\",\"value\":\"" + parts[1] + "\"}");
        }
        return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\""
                + (ids.isEmpty() ? "" : ",\"identifier\":[" + String.join(",", ids) + "]")
                + ",\"name\":[{\"family\":\"" + family + "\",\"given\":[" + quotedWords(given) + "]}]"
                + (birthDate == null ? "" : ",\"birthDate\":\"" + birthDate + "\"")
                + "}";
    }

    /** A glucose result about the given subject reference ({@code Patient/pat-a}). */
    public static String observation(String id, String subject) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2345-7\","
                + "\"display\":\"Glucose\"}]},\"subject\":{\"reference\":\"" + subject + "\"},"
                + "\"effectiveDateTime\":\"2024-03-01T08:00:00Z\","
                + "\"valueQuantity\":{\"value\":5.1,\"unit\":\"mmol/L\",\"system\":\"http://unitsofmeasure.org\","
                + "\"code\":\"mmol/L\"}}";
    }

    /** A practitioner, for directory-only files. */
    public static String practitioner(String id) {
        return "{\"resourceType\":\"Practitioner\",\"id\":\"" + id + "\",\"name\":[{\"family\":\"Doctor" + id
                + "\",\"given\":[\"Pat\"]}]}";
    }

    /** A collection bundle of the resources, each with a fullUrl of its type and id. */
    public static String bundle(String... resources) {
        StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i < resources.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"resource\":")
                    .append(resources[i])
                    .append("}");
        }
        return json.append("]}").toString();
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Alice as the demo's Synthea record names her. */
    public static String alice() {
        return patient("pat-alice", "Alice Tessa", "Wiza", "1971-04-12", MRN + "|A-1001");
    }

    /** Someone else: another name, another birth date, another record number. */
    public static String jane() {
        return patient("pat-jane", "Jane", "Doe", "1961-05-12", MRN + "|J-2002");
    }

    private static String quotedWords(String given) {
        List<String> words = new ArrayList<>();
        for (String word : given.split(" ")) {
            words.add("\"" + word + "\"");
        }
        return String.join(",", words);
    }
}
