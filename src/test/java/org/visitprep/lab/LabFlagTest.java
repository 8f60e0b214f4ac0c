package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabFlagTest {

    /** Potassium as the catalogue gives it: 3.5 to 5.0 mmol/L, critical below 3.0 and above 6.0. */
    private static final ReferenceRange POTASSIUM =
            ReferenceRange.general(Limit.inclusive("3.5"), Limit.inclusive("5.0"), "mmol/L", "unitypoint-bmp");

    private static final CriticalLimits POTASSIUM_CRITICAL =
            new CriticalLimits(Limit.exclusive("3.0"), Limit.exclusive("6.0"), "mmol/L", "unitypoint-bmp");

    @ParameterizedTest
    @CsvSource({
        "2.99, CRITICAL_LOW",
        "3.0, LOW",
        "3.49, LOW",
        "3.5, NORMAL",
        "4.2, NORMAL",
        "5.0, NORMAL",
        "5.01, HIGH",
        "6.0, HIGH",
        "6.01, CRITICAL_HIGH"
    })
    void potassiumIsFlaggedAtEachBoundary(String value, LabFlag expected) {
        assertEquals(expected, LabFlag.of(Quantity.of(value, "mmol/L"), POTASSIUM, POTASSIUM_CRITICAL));
    }

    @ParameterizedTest
    @CsvSource({"5.69, NORMAL", "5.7, HIGH", "4.0, NORMAL"})
    void aHighLimitWrittenLessThanLeavesTheLimitItselfOut(String value, LabFlag expected) {
        ReferenceRange a1c = ReferenceRange.general(null, Limit.exclusive("5.7"), "%", "cdc-a1c");
        assertEquals(expected, LabFlag.of(Quantity.of(value, "%"), a1c, null));
    }

    @ParameterizedTest
    @CsvSource({"7.0, CRITICAL_LOW", "7.01, LOW", "121, CRITICAL_HIGH", "120.9, HIGH"})
    void aCriticalLimitWrittenOrEqualIsItselfCritical(String value, LabFlag expected) {
        ReferenceRange range = ReferenceRange.general(Limit.inclusive("98"), Limit.inclusive("106"), "g/dL", "x");
        CriticalLimits critical = new CriticalLimits(Limit.inclusive("7.0"), Limit.inclusive("121"), "g/dL", "x");
        assertEquals(expected, LabFlag.of(Quantity.of(value, "g/dL"), range, critical));
    }

    @Test
    void anExclusiveLowLimitFlagsTheLimitItselfAsLow() {
        ReferenceRange range = ReferenceRange.ofRecord(Limit.exclusive("60"), null, "mL/min/{1.73_m2}");
        assertEquals(LabFlag.LOW, LabFlag.of(Quantity.of("60", "mL/min/{1.73_m2}"), range, null));
        assertEquals(LabFlag.NORMAL, LabFlag.of(Quantity.of("60.1", "mL/min/{1.73_m2}"), range, null));
    }

    @Test
    void aResultInUnitsThatCannotBeComparedIsNotFlagged() {
        ReferenceRange glucose =
                ReferenceRange.general(Limit.inclusive("70"), Limit.inclusive("99"), "mg/dL", "unitypoint-bmp");
        CriticalLimits critical = new CriticalLimits(Limit.exclusive("50"), Limit.exclusive("450"), "mg/dL", "x");
        // 1.2 mmol/L of glucose is critically low, but turning mmol/L into mg/dL needs glucose's molar mass.
        assertEquals(LabFlag.UNKNOWN, LabFlag.of(Quantity.of("1.2", "mmol/L"), glucose, critical));
        assertEquals(LabFlag.UNKNOWN, LabFlag.of(Quantity.of("30", "mmol/L"), glucose, critical));
    }

    @Test
    void anEgfrWithoutItsBodySurfaceAnnotationIsNotFlagged() {
        ReferenceRange egfr = ReferenceRange.general(Limit.inclusive("60"), null, "mL/min/{1.73_m2}", "niddk-ckd");
        assertEquals(LabFlag.UNKNOWN, LabFlag.of(Quantity.of("20", "mL/min"), egfr, null));
    }

    @Test
    void aResultInAnExactlyConvertibleUnitIsFlagged() {
        ReferenceRange glucose =
                ReferenceRange.general(Limit.inclusive("70"), Limit.inclusive("99"), "mg/dL", "unitypoint-bmp");
        CriticalLimits critical = new CriticalLimits(Limit.exclusive("50"), Limit.exclusive("450"), "mg/dL", "x");
        assertEquals(LabFlag.HIGH, LabFlag.of(Quantity.of("1.5", "g/L"), glucose, critical));
        assertEquals(LabFlag.NORMAL, LabFlag.of(Quantity.of("0.99", "g/L"), glucose, critical));
        assertEquals(LabFlag.CRITICAL_HIGH, LabFlag.of(Quantity.of("4.51", "g/L"), glucose, critical));
    }

    @Test
    void withoutARangeOnlyACriticalValueIsFlagged() {
        CriticalLimits critical = new CriticalLimits(null, Limit.exclusive("7.5"), "mg/dL", "sunrise-critical");
        assertEquals(LabFlag.UNKNOWN, LabFlag.of(Quantity.of("1.0", "mg/dL"), null, critical));
        assertEquals(LabFlag.CRITICAL_HIGH, LabFlag.of(Quantity.of("8", "mg/dL"), null, critical));
        assertEquals(LabFlag.UNKNOWN, LabFlag.of(Quantity.of("8", "mg/dL"), null, null));
    }

    @Test
    void criticalLimitsInAnIncomparableUnitLeaveTheRangeToSpeak() {
        ReferenceRange recordsOwn = ReferenceRange.ofRecord(Limit.inclusive("3.9"), Limit.inclusive("5.5"), "mmol/L");
        CriticalLimits inMilligrams = new CriticalLimits(Limit.exclusive("50"), null, "mg/dL", "x");
        assertEquals(LabFlag.LOW, LabFlag.of(Quantity.of("2.0", "mmol/L"), recordsOwn, inMilligrams));
    }

    @Test
    void onlyFlagsOutsideTheRangeCountAsOutOfRange() {
        assertTrue(LabFlag.CRITICAL_LOW.isOutOfRange());
        assertTrue(LabFlag.HIGH.isOutOfRange());
        assertFalse(LabFlag.NORMAL.isOutOfRange());
        assertFalse(LabFlag.UNKNOWN.isOutOfRange());
    }
}
