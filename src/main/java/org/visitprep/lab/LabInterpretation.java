package org.visitprep.lab;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;

/**
 * How a laboratory flagged a result itself, read from FHIR {@code Observation.interpretation}, and how a qualitative
 * value ("Positive", "Not detected") reads when the laboratory gave no flag.
 *
 * <p>Interpretation codes are those of HL7 v3 ObservationInterpretation
 * (https://terminology.hl7.org/CodeSystem-v3-ObservationInterpretation.html), which FHIR R4 binds to
 * {@code Observation.interpretation}; the same letters in HL7 v2 table 0078 (the system of older exports) read the
 * same. Only the normality, detection and reactivity codes say how a result compares:
 * <ul>
 *   <li>{@code N} normal; {@code H}, {@code HU} high; {@code L}, {@code LU} low; {@code HH} critical high;
 *       {@code LL} critical low; {@code A} abnormal; {@code AA} critical abnormal;</li>
 *   <li>{@code POS} positive, {@code DET} detected, {@code RR} reactive, {@code WR} weakly reactive: abnormal, a
 *       presence the summary must mention; {@code NEG} negative, {@code ND} not detected, {@code NR} non-reactive:
 *       normal.</li>
 * </ul>
 * Change codes ({@code B}, {@code W}, {@code U}, {@code D}), off-scale codes ({@code <}, {@code >}), susceptibility
 * and expectation codes say nothing of the patient's range and are left aside. A coding without a system is read by
 * its code when the code is one of these. When codes disagree on the direction (high and low), the result is flagged
 * abnormal without one.
 *
 * <p>A qualitative value with no flag reads by its words, as SNOMED CT's qualifier values display them:
 * 10828004 |Positive|, 260373001 |Detected|, 11214006 |Reactive| are abnormal; 260385009 |Negative|, 260415000 |Not
 * detected|, 131194007 |Non-Reactive| are normal (with their French words). Any other text is not judged.
 */
public final class LabInterpretation {

    /** The flag a laboratory's code gives, and the code, whose word the screens show. */
    public record Flagged(LabFlag flag, String code) {}

    private static final Set<String> SYSTEMS = Set.of(
            "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
            "http://hl7.org/fhir/v3/ObservationInterpretation",
            "http://terminology.hl7.org/CodeSystem/v2-0078",
            "http://hl7.org/fhir/v2/0078");

    private static final Map<String, LabFlag> CODES = Map.ofEntries(
            Map.entry("N", LabFlag.NORMAL),
            Map.entry("H", LabFlag.HIGH),
            Map.entry("HU", LabFlag.HIGH),
            Map.entry("HH", LabFlag.CRITICAL_HIGH),
            Map.entry("L", LabFlag.LOW),
            Map.entry("LU", LabFlag.LOW),
            Map.entry("LL", LabFlag.CRITICAL_LOW),
            Map.entry("A", LabFlag.ABNORMAL),
            Map.entry("AA", LabFlag.CRITICAL_ABNORMAL),
            Map.entry("POS", LabFlag.ABNORMAL),
            Map.entry("DET", LabFlag.ABNORMAL),
            Map.entry("RR", LabFlag.ABNORMAL),
            Map.entry("WR", LabFlag.ABNORMAL),
            Map.entry("NEG", LabFlag.NORMAL),
            Map.entry("ND", LabFlag.NORMAL),
            Map.entry("NR", LabFlag.NORMAL));

    /** Folded, without accents: "positive" and "reactive" are the English words and the French feminine ones. */
    private static final Set<String> PRESENT =
            Set.of("positive", "detected", "reactive", "positif", "detecte", "detectee", "reactif");

    private static final Set<String> ABSENT = Set.of(
            "negative",
            "not detected",
            "non-reactive",
            "nonreactive",
            "non reactive",
            "negatif",
            "non detecte",
            "non detectee",
            "non reactif");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\((qualifier value|valeur de qualificatif)\\)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private LabInterpretation() {}

    /** The laboratory's own flag of a result, if its interpretation carries a code that says how it compares. */
    public static Optional<Flagged> of(List<Concept> interpretations) {
        Flagged found = null;
        for (Concept interpretation : interpretations) {
            for (Coding coding : interpretation.codings()) {
                LabFlag flag = flagOf(coding);
                if (flag != null) {
                    found = found == null ? new Flagged(flag, coding.code()) : combined(found, flag, coding.code());
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the laboratory's code means the result was flagged at all (a code this reading knows). */
    public static boolean knows(String code) {
        return CODES.containsKey(code);
    }

    /**
     * How a qualitative value reads without a flag: abnormal for a positive, detected or reactive finding, normal
     * for its negative; empty for any other text.
     */
    public static Optional<LabFlag> ofQualitativeValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String plain = MARKS.matcher(java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        plain = QUALIFIER.matcher(plain).replaceAll("").replace('.', ' ').strip();
        if (PRESENT.contains(plain)) {
            return Optional.of(LabFlag.ABNORMAL);
        }
        return ABSENT.contains(plain) ? Optional.of(LabFlag.NORMAL) : Optional.empty();
    }

    private static LabFlag flagOf(Coding coding) {
        if (coding.system() != null && !SYSTEMS.contains(coding.system())) {
            return null;
        }
        return CODES.get(coding.code());
    }

    private static Flagged combined(Flagged found, LabFlag flag, String code) {
        boolean opposite =
                (found.flag().isHigh() && flag.isLow()) || (found.flag().isLow() && flag.isHigh());
        if (opposite) {
            boolean critical = found.flag().isCritical() || flag.isCritical();
            return new Flagged(critical ? LabFlag.CRITICAL_ABNORMAL : LabFlag.ABNORMAL, critical ? "AA" : "A");
        }
        return LabFlag.graver(found.flag(), flag) == found.flag() ? found : new Flagged(flag, code);
    }
}
