package org.visitprep.record;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A LOINC code with its display name. LOINC codes are a number, a hyphen and a check digit (e.g. {@code 8867-4}).
 *
 * <p>Source of the format: LOINC Users' Guide, section "LOINC codes" (https://loinc.org/kb/users-guide/).
 */
public record LoincCode(String code, String display) {

    private static final Pattern FORMAT = Pattern.compile("\\d{1,7}-\\d");

    public LoincCode {
        Objects.requireNonNull(display, "display");
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("not a LOINC code: " + code);
        }
    }

    public Coding toCoding() {
        return new Coding(Coding.LOINC, code, display);
    }
}
