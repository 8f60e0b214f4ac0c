package org.visitprep.lab;

import java.util.Locale;

/** A person's administrative sex as FHIR records it; it only decides which general reference range applies. */
public enum AdministrativeSex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN;

    /** Reads a FHIR {@code administrative-gender} code; anything it does not know counts as unknown. */
    public static AdministrativeSex fromFhirCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "female" -> FEMALE;
            case "male" -> MALE;
            case "other" -> OTHER;
            default -> UNKNOWN;
        };
    }
}
