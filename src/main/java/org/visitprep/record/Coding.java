package org.visitprep.record;

import java.util.Objects;

/** A code from a code system, as FHIR's {@code Coding}: system URI, code and the display the source gave. */
public record Coding(String system, String code, String display) {

    public static final String LOINC = "http://loinc.org";
    public static final String SNOMED_CT = "http://snomed.info/sct";

    public Coding {
        Objects.requireNonNull(code, "code");
    }

    public boolean isFrom(String codeSystem) {
        return codeSystem.equals(system);
    }
}
