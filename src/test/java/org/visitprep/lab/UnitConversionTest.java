package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitConversionTest {

    @Test
    void aValueInTheSameUnitIsUnchanged() {
        Optional<BigDecimal> converted = UnitConversion.convert(new BigDecimal("7"), "{score}", "{score}");
        assertEquals(Optional.of(new BigDecimal("7")), converted);
    }

    @ParameterizedTest
    @CsvSource({
        "150, mg/dL, g/L, 1.5",
        "1.5, g/L, mg/dL, 150",
        "14, g/dL, g/L, 140",
        "250, ng/mL, ug/L, 250",
        "6.2, 10*9/L, 10*3/uL, 6.2",
        "4.5, 10*6/uL, 10*12/L, 4.5",
        "5.5, mmol/L, umol/L, 5500",
        "99, mg/dl, mg/dL, 99",
        "8.5, mmol/l, mmol/L, 8.5",
        "40, \u00b5g/dL, ug/dL, 40"
    })
    void exactPowerOfTenConversionsAreMade(String value, String from, String to, String expected) {
        BigDecimal converted =
                UnitConversion.convert(new BigDecimal(value), from, to).orElseThrow();
        assertEquals(0, new BigDecimal(expected).compareTo(converted), from + " -> " + converted + " " + to);
    }

    @ParameterizedTest
    @CsvSource({
        "mg/dL, mmol/L",
        "mmol/L, mEq/L",
        "mL/min, mL/min/{1.73_m2}",
        "U/L, kU/L",
        "%, g/dL",
        "10*3/uL, g/L",
        "mm[Hg], kg"
    })
    void unitsThatNeedTheSubstanceOrAGuessAreNotCompared(String from, String to) {
        assertFalse(UnitConversion.comparable(from, to), from + " vs " + to);
    }

    @Test
    void unknownButIdenticalUnitsAreComparable() {
        assertTrue(UnitConversion.comparable("mL/min/{1.73_m2}", "mL/min/{1.73_m2}"));
    }
}
