package org.visitprep.summary.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.visitprep.record.EntryKind;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.StoredEntry;

/**
 * What identifies the patient and must never reach the language model, as the record's own Patient resources give it
 * and as the portal account names them: names (whole and each part, with and without the digits Synthea appends),
 * address parts, phone numbers and e-mails, identifiers (record numbers, social security and insurance numbers) and
 * birth dates. The {@link Deidentifier} removes each wherever free text holds it; patterns catch what no resource
 * lists.
 */
public record PersonalDetails(
        List<String> names, List<String> address, List<String> contacts, List<String> identifiers) {

    /** The most Patient resources read from one record: a record holds one person, and a few copies of them. */
    static final int MOST_PATIENT_RESOURCES = 50;

    private static final int SHORTEST_NAME = 2;
    private static final int SHORTEST_VALUE = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    public PersonalDetails {
        names = List.copyOf(names);
        address = List.copyOf(address);
        contacts = List.copyOf(contacts);
        identifiers = List.copyOf(identifiers);
    }

    /** Nothing known of the person: only the patterns apply. */
    public static PersonalDetails none() {
        return new PersonalDetails(List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The details of the record's Patient resources (names, contacts' names too, telecom, address, identifiers, birth
     * date) and the account's display name. Read through the record's own API, so only this patient's resources.
     */
    public static PersonalDetails of(PatientRecord record, Optional<String> accountName) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> address = new LinkedHashSet<>();
        Set<String> contacts = new LinkedHashSet<>();
        Set<String> identifiers = new LinkedHashSet<>();
        accountName.ifPresent(name -> name(names, name));
        for (StoredEntry entry : record.page(EntryKind.PATIENT, 0, MOST_PATIENT_RESOURCES)) {
            record.original(entry.id()).flatMap(PersonalDetails::parsed).ifPresent(patient -> {
                person(patient, names, address, contacts);
                patient.path("contact").forEach(contact -> person(contact, names, address, contacts));
                patient.path("identifier")
                        .forEach(id -> value(identifiers, id.path("value").asText()));
                value(identifiers, patient.path("id").asText());
                value(identifiers, patient.path("birthDate").asText());
            });
        }
        return new PersonalDetails(
                List.copyOf(names), List.copyOf(address), List.copyOf(contacts), List.copyOf(identifiers));
    }

    private static Optional<JsonNode> parsed(String json) {
        try {
            return Optional.of(JSON.readTree(json));
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }

    /** The names, telecom and address of a Patient or of one of its contacts. */
    private static void person(JsonNode person, Set<String> names, Set<String> address, Set<String> contacts) {
        List<JsonNode> nameNodes = new ArrayList<>();
        person.path("name").forEach(nameNodes::add);
        if (person.path("name").isObject()) {
            nameNodes.add(person.path("name"));
        }
        for (JsonNode name : nameNodes) {
            name(names, name.path("text").asText());
            name(names, name.path("family").asText());
            name.path("given").forEach(given -> name(names, given.asText()));
            name.path("prefix").forEach(prefix -> name(names, prefix.asText()));
        }
        person.path("telecom")
                .forEach(telecom -> value(contacts, telecom.path("value").asText()));
        List<JsonNode> addressNodes = new ArrayList<>();
        person.path("address").forEach(addressNodes::add);
        if (person.path("address").isObject()) {
            addressNodes.add(person.path("address"));
        }
        for (JsonNode place : addressNodes) {
            place.path("line").forEach(line -> value(address, line.asText()));
            value(address, place.path("text").asText());
            value(address, place.path("city").asText());
            value(address, place.path("district").asText());
            value(address, place.path("postalCode").asText());
        }
    }

    /** A name, whole and by its parts, each also without the digits Synthea appends ("Margery365"). */
    private static void name(Set<String> names, String name) {
        String whole = name.strip();
        if (whole.length() < SHORTEST_NAME) {
            return;
        }
        names.add(whole);
        for (String part : whole.split("[\\s,]+")) {
            String letters = part.replaceAll("[0-9]+$", "").replaceAll("\\.$", "");
            if (letters.length() >= SHORTEST_NAME) {
                names.add(letters);
            }
            if (part.length() >= SHORTEST_NAME) {
                names.add(part);
            }
        }
    }

    private static void value(Set<String> values, String value) {
        String stripped = value.strip();
        if (stripped.length() >= SHORTEST_VALUE) {
            values.add(stripped);
        }
    }
}
