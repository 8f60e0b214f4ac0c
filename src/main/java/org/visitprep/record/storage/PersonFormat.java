package org.visitprep.record.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.visitprep.record.person.Person;
import org.visitprep.record.person.PersonIdentifier;
import org.visitprep.record.person.PersonName;

/**
 * A person as {@code record_person} keeps it, sealed: JSON, version {@value #VERSION},
 * {@code {"v":1,"names":["Alice Tessa Wiza"],"birthDate":"1970-03-02","ids":[{"system":...,"value":...}]}}.
 */
final class PersonFormat {

    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PersonFormat() {}

    static byte[] write(Person person) {
        ObjectNode root = JSON.createObjectNode().put("v", VERSION);
        var names = root.putArray("names");
        person.names().forEach(name -> names.add(name.text()));
        if (person.birthDate() != null) {
            root.put("birthDate", person.birthDate().toString());
        }
        var identifiers = root.putArray("ids");
        person.identifiers().stream()
                .sorted(java.util.Comparator.comparing(PersonIdentifier::system).thenComparing(PersonIdentifier::value))
                .forEach(
                        id -> identifiers.addObject().put("system", id.system()).put("value", id.value()));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory does not fail", e);
        }
    }

    static Person read(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("A stored person is not JSON", e);
        }
        if (root.path("v").asInt() != VERSION) {
            throw new IllegalStateException("A stored person is not in format " + VERSION);
        }
        List<PersonName> names = new ArrayList<>();
        root.path("names").forEach(name -> names.add(new PersonName(name.asText())));
        Set<PersonIdentifier> identifiers = new LinkedHashSet<>();
        root.path("ids")
                .forEach(id -> identifiers.add(new PersonIdentifier(
                        id.path("system").asText(), id.path("value").asText())));
        String born = root.path("birthDate").asText("");
        return new Person(names, born.isEmpty() ? null : LocalDate.parse(born), identifiers);
    }
}
