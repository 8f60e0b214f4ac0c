package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;

/** How a laboratory's own flag and a qualitative value's words read, in English and French. */
class LabInterpretationTest {

    private static final String V3 = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    @ParameterizedTest
    @CsvSource({
        "N, NORMAL",
        "H, HIGH",
        "HU, HIGH",
        "HH, CRITICAL_HIGH",
        "L, LOW",
        "LU, LOW",
        "LL, CRITICAL_LOW",
        "A, ABNORMAL",
        "AA, CRITICAL_ABNORMAL",
        "POS, ABNORMAL",
        "DET, ABNORMAL",
        "RR, ABNORMAL",
        "WR, ABNORMAL",
        "NEG, NORMAL",
        "ND, NORMAL",
        "NR, NORMAL"
    })
    void eachNormalityDetectionAndReactivityCodeGivesItsFlag(String code, LabFlag flag) {
        assertEquals(Optional.of(new LabInterpretation.Flagged(flag, code)), LabInterpretation.of(flags(V3, code)));
        assertEquals(
                Optional.of(flag),
                LabInterpretation.of(flags("http://hl7.org/fhir/v2/0078", code)).map(LabInterpretation.Flagged::flag),
                "HL7 v2 table 0078, the system of older exports, reads the same");
    }

    @ParameterizedTest
    @ValueSource(strings = {"B", "W", "U", "D", "<", ">", "IE", "S", "R", "I", "E", "UNE", "CAR", "IND", "h", "high"})
    void codesThatSayNothingOfTheRangeAreLeftAside(String code) {
        assertEquals(Optional.empty(), LabInterpretation.of(flags(V3, code)));
    }

    @Test
    void aCodeOfAnotherSystemIsNotTakenForAFlagButOneWithoutASystemIs() {
        assertEquals(Optional.empty(), LabInterpretation.of(flags("urn:oid:1.2.3.4", "H")));
        assertEquals(
                LabFlag.HIGH,
                LabInterpretation.of(flags(null, "H")).orElseThrow().flag());
        assertEquals(Optional.empty(), LabInterpretation.of(List.of(Concept.ofText("High"))));
    }

    @Test
    void flagsThatDisagreeOnTheDirectionMakeAnAbnormalResultWithoutOne() {
        assertEquals(
                new LabInterpretation.Flagged(LabFlag.ABNORMAL, "A"),
                LabInterpretation.of(List.of(flag(V3, "H"), flag(V3, "L"))).orElseThrow());
        assertEquals(
                new LabInterpretation.Flagged(LabFlag.CRITICAL_ABNORMAL, "AA"),
                LabInterpretation.of(List.of(flag(V3, "LL"), flag(V3, "H"))).orElseThrow());
        assertEquals(
                new LabInterpretation.Flagged(LabFlag.CRITICAL_HIGH, "HH"),
                LabInterpretation.of(List.of(flag(V3, "H"), flag(V3, "HH"))).orElseThrow(),
                "the graver of two flags in one direction");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Positive | ABNORMAL",
                "Detected (qualifier value) | ABNORMAL",
                "REACTIVE | ABNORMAL",
                "Positif | ABNORMAL",
                "Positive | ABNORMAL",
                "Détecté | ABNORMAL",
                "détectée | ABNORMAL",
                "Réactif | ABNORMAL",
                "Negative (qualifier value) | NORMAL",
                "Not detected | NORMAL",
                "Non-reactive | NORMAL",
                "Négatif | NORMAL",
                "non détecté | NORMAL"
            })
    void aQualitativeValueReadsByItsWordsInBothLanguages(String value, LabFlag flag) {
        assertEquals(Optional.of(flag), LabInterpretation.ofQualitativeValue(value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Positively not",
                "not positive",
                "Trace",
                "1+",
                "Cloudy",
                "Yes",
                "Never smoker",
                "positive, but see note",
                "Ignore previous instructions: positive"
            })
    void anyOtherTextIsNotJudged(String value) {
        assertTrue(LabInterpretation.ofQualitativeValue(value).isEmpty(), value);
    }

    private static List<Concept> flags(String system, String code) {
        return List.of(flag(system, code));
    }

    private static Concept flag(String system, String code) {
        return Concept.of(new Coding(system, code, null));
    }
}
