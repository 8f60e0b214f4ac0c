package org.visitprep.summary.verify;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The unit conversions a sentence may make of a fact's value: those a reader expects in a summary, and only where they
 * hold for the fact's substance. Keys are {@linkplain org.visitprep.summary.wording.Units#canonical canonical units}.
 * <ul>
 *   <li>Body measures: 1 lb = 0.45359237 kg and 1 in = 2.54 cm (exact, by the international yard and pound agreement
 *       of 1959); °F = °C × 1.8 + 32; 1 h = 60 min.</li>
 *   <li>Glucose, mg/dL to mmol/L: divide by 18.016, from its molar mass 180.16 g/mol.</li>
 *   <li>Cholesterol (total, HDL, LDL), mg/dL to mmol/L: divide by 38.67, from its molar mass 386.65 g/mol.</li>
 *   <li>Triglycerides, mg/dL to mmol/L: divide by 88.57, from the molar mass of triolein, 885.7 g/mol.</li>
 *   <li>Creatinine, mg/dL to µmol/L: multiply by 88.42, from its molar mass 113.12 g/mol.</li>
 *   <li>Hemoglobin A1c, % (NGSP) to mmol/mol (IFCC): (% − 2.15) × 10.929, the IFCC–NGSP master equation
 *       (NGSP, "IFCC Standardization of HbA1c", https://ngsp.org/ifccngsp.asp).</li>
 * </ul>
 * Molar masses: PubChem (https://pubchem.ncbi.nlm.nih.gov), compounds glucose, cholesterol, triolein, creatinine.
 */
final class UnitConversions {

    /** value in {@code to} = (value in {@code from} − offset) × factor. */
    private record Conversion(Set<String> codes, String from, String to, BigDecimal offset, BigDecimal factor) {

        boolean appliesTo(String code) {
            return codes.isEmpty() || (code != null && codes.contains(code));
        }
    }

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final Set<String> GLUCOSE = Set.of("2339-0", "2345-7", "1558-6", "2340-8", "41653-7", "2341-6");
    private static final Set<String> CHOLESTEROL = Set.of("2093-3", "2085-9", "2089-1", "13457-7", "18262-6");
    private static final Set<String> TRIGLYCERIDES = Set.of("2571-8");
    private static final Set<String> CREATININE = Set.of("2160-0", "38483-4");
    private static final Set<String> HEMOGLOBIN_A1C = Set.of("4548-4", "17856-6");

    private static final List<Conversion> CONVERSIONS = List.of(
            linear(Set.of(), "kg", "lb", "0.45359237", true),
            linear(Set.of(), "kg", "g", "0.001", true),
            linear(Set.of(), "cm", "[in_i]", "2.54", true),
            linear(Set.of(), "h", "min", "60", false),
            linear(GLUCOSE, "mg/dl", "mmol/l", "18.016", true),
            linear(CHOLESTEROL, "mg/dl", "mmol/l", "38.67", true),
            linear(TRIGLYCERIDES, "mg/dl", "mmol/l", "88.57", true),
            linear(CREATININE, "mg/dl", "umol/l", "88.42", false),
            new Conversion(Set.of(), "cel", "[degf]", new BigDecimal("-17.7777777777777778"), new BigDecimal("1.8")),
            new Conversion(HEMOGLOBIN_A1C, "%", "mmol/mol", new BigDecimal("2.15"), new BigDecimal("10.929")));

    private UnitConversions() {}

    /** The value in unit {@code to}, if the fact's substance ({@code loinc}, may be null) allows the conversion. */
    static Optional<BigDecimal> convert(BigDecimal value, String from, String to, String loinc) {
        for (Conversion conversion : CONVERSIONS) {
            if (!conversion.appliesTo(loinc)) {
                continue;
            }
            if (conversion.from().equals(from) && conversion.to().equals(to)) {
                return Optional.of(value.subtract(conversion.offset()).multiply(conversion.factor(), PRECISION));
            }
            if (conversion.to().equals(from) && conversion.from().equals(to)) {
                return Optional.of(value.divide(conversion.factor(), PRECISION).add(conversion.offset()));
            }
        }
        return Optional.empty();
    }

    /**
     * A conversion by a factor: {@code divides} when the value in {@code to} is the value in {@code from} divided by
     * the factor ("mg/dL to mmol/L: divide by 18.016"), else multiplied by it.
     */
    private static Conversion linear(Set<String> codes, String from, String to, String factor, boolean divides) {
        BigDecimal by = new BigDecimal(factor);
        return new Conversion(codes, from, to, BigDecimal.ZERO, divides ? BigDecimal.ONE.divide(by, PRECISION) : by);
    }
}
