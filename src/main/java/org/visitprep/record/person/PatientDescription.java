package org.visitprep.record.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads who a FHIR Patient resource describes, from its JSON: every {@code name} (given and family names, else its
 * text), the {@code birthDate} when it is a whole date (a year or a month alone is not compared), and every
 * {@code identifier} with both a system and a value.
 */
public final class PatientDescription {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PatientDescription() {}

    /** The person a Patient resource's JSON describes; a resource that cannot be read describes no one. */
    public static Person of(byte[] patientJson) {
        JsonNode patient;
        try {
            patient = JSON.readTree(patientJson);
        } catch (IOException notJson) {
            return new Person(List.of(), null, Set.of());
        }
        List<PersonName> names = new ArrayList<>();
        for (JsonNode name : patient.path("name")) {
            List<String> given = new ArrayList<>();
            name.path("given").forEach(part -> given.add(part.asText()));
            String family = name.hasNonNull("family") ? name.path("family").asText() : null;
            PersonName.of(given, family)
                    .or(() -> PersonName.of(
                            List.of(),
                            name.hasNonNull("text") ? name.path("text").asText() : null))
                    .ifPresent(names::add);
        }
        Set<PersonIdentifier> identifiers = new LinkedHashSet<>();
        for (JsonNode identifier : patient.path("identifier")) {
            String system = identifier.path("system").asText("");
            String value = identifier.path("value").asText("");
            if (!system.isBlank() && !value.isBlank()) {
                identifiers.add(new PersonIdentifier(system, value));
            }
        }
        return new Person(names, wholeDate(patient.path("birthDate").asText("")), identifiers);
    }

    private static LocalDate wholeDate(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
