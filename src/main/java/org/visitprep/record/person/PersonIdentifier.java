package org.visitprep.record.person;

import java.util.Objects;

/**
 * An identifier of a person in a system (FHIR {@code Patient.identifier}): a medical record number at a hospital, a
 * national number. One system gives one person one value, so two people of one system with no value in common are two
 * people.
 */
public record PersonIdentifier(String system, String value) {

    public PersonIdentifier {
        system = Objects.requireNonNull(system, "system").strip();
        value = Objects.requireNonNull(value, "value").strip();
    }
}
