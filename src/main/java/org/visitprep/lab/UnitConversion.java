package org.visitprep.lab;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Converts a value between two UCUM units only when the conversion is an exact power of ten that holds for every
 * substance: mass per volume, amount of substance per volume, or count per volume. Mass and amount of substance are
 * never converted into each other (that needs the substance's molar mass), and neither are milliequivalents.
 */
final class UnitConversion {

    private enum Dimension {
        MASS_PER_VOLUME,
        SUBSTANCE_PER_VOLUME,
        COUNT_PER_VOLUME
    }

    private record Scale(Dimension dimension, BigDecimal factor) {}

    /** Each unit's factor to its dimension's base: grams, moles or items per litre. */
    private static final Map<String, Scale> SCALES = Map.ofEntries(
            mass("g/L", "1"),
            mass("g/dL", "1E1"),
            mass("mg/dL", "1E-2"),
            mass("mg/L", "1E-3"),
            mass("ug/mL", "1E-3"),
            mass("ug/dL", "1E-5"),
            mass("ug/L", "1E-6"),
            mass("ng/mL", "1E-6"),
            mass("ng/dL", "1E-8"),
            mass("ng/L", "1E-9"),
            mass("pg/mL", "1E-9"),
            substance("mol/L", "1"),
            substance("mmol/L", "1E-3"),
            substance("umol/L", "1E-6"),
            substance("nmol/L", "1E-9"),
            substance("pmol/L", "1E-12"),
            count("/L", "1"),
            count("10*9/L", "1E9"),
            count("10*12/L", "1E12"),
            count("/uL", "1E6"),
            count("10*3/uL", "1E9"),
            count("10*6/uL", "1E12"));

    /** UCUM accepts a lower-case l for the litre; {@code mg/dl} and {@code mg/dL} are the same unit. */
    private static final Pattern LOWER_CASE_LITRE = Pattern.compile("(?<=[/dmunpf])l$");

    private UnitConversion() {}

    /** {@code value} expressed in {@code to}, or empty when the two units cannot be compared without guessing. */
    static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        String source = normalized(from);
        String target = normalized(to);
        if (source.equals(target)) {
            return Optional.of(value);
        }
        Scale sourceScale = SCALES.get(source);
        Scale targetScale = SCALES.get(target);
        if (sourceScale == null || targetScale == null || sourceScale.dimension() != targetScale.dimension()) {
            return Optional.empty();
        }
        return Optional.of(value.multiply(sourceScale.factor()).divide(targetScale.factor()));
    }

    /** Whether values in the two units can be compared. */
    static boolean comparable(String from, String to) {
        return convert(BigDecimal.ONE, from, to).isPresent();
    }

    private static String normalized(String unit) {
        String plain = unit.strip().replace('\u00b5', 'u').replace('\u03bc', 'u');
        return LOWER_CASE_LITRE.matcher(plain).replaceAll("L");
    }

    private static Map.Entry<String, Scale> mass(String unit, String factor) {
        return Map.entry(unit, new Scale(Dimension.MASS_PER_VOLUME, new BigDecimal(factor)));
    }

    private static Map.Entry<String, Scale> substance(String unit, String factor) {
        return Map.entry(unit, new Scale(Dimension.SUBSTANCE_PER_VOLUME, new BigDecimal(factor)));
    }

    private static Map.Entry<String, Scale> count(String unit, String factor) {
        return Map.entry(unit, new Scale(Dimension.COUNT_PER_VOLUME, new BigDecimal(factor)));
    }
}
