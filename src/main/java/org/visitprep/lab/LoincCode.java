package org.visitprep.lab;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A LOINC code such as {@code 4548-4}: up to seven digits, a dash, and the mod-10 check digit LOINC computes from
 * those digits.
 */
public record LoincCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{1,7}-\\d");

    public LoincCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("\"" + value + "\" is not a LOINC code: expected digits, a dash and"
                    + " the matching check digit, as in 4548-4");
        }
    }

    /** The code written in {@code text}, if it is a well-formed LOINC code once surrounding blanks are removed. */
    public static Optional<LoincCode> parse(String text) {
        if (text == null || !isWellFormed(text.strip())) {
            return Optional.empty();
        }
        return Optional.of(new LoincCode(text.strip()));
    }

    /** Whether {@code text} is digits, a dash and the check digit that those digits call for. */
    public static boolean isWellFormed(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return false;
        }
        int dash = text.indexOf('-');
        return checkDigitOf(text.substring(0, dash)) == text.charAt(dash + 1) - '0';
    }

    /**
     * LOINC's mod-10 check digit. The LOINC Users' Guide doubles the number formed by the digits in odd positions
     * counted from the right, adds the digits of that product to the remaining digits, and subtracts the sum from
     * the next multiple of ten. Doubling digit by digit and adding the digits of each product, as done here, gives
     * the same digit sum.
     */
    static int checkDigitOf(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
