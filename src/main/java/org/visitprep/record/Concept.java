package org.visitprep.record;

import java.util.List;
import java.util.Optional;

/** A concept as FHIR's {@code CodeableConcept}: the codings the source gave and its free text. */
public record Concept(List<Coding> codings, String text) {

    public Concept {
        codings = List.copyOf(codings);
    }

    public static Concept of(Coding coding) {
        return new Concept(List.of(coding), null);
    }

    public static Concept ofText(String text) {
        return new Concept(List.of(), text);
    }

    /** The first coding from the given system, e.g. {@link Coding#LOINC}. */
    public Optional<Coding> codingFrom(String system) {
        return codings.stream().filter(c -> c.isFrom(system)).findFirst();
    }

    /** What to show a person: the text, else the first coding's display, else its code. */
    public String label() {
        if (text != null && !text.isBlank()) {
            return text;
        }
        return codings.stream()
                .map(c -> c.display() != null ? c.display() : c.code())
                .findFirst()
                .orElse("");
    }

    public boolean isEmpty() {
        return codings.isEmpty() && (text == null || text.isBlank());
    }
}
