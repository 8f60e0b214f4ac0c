package org.visitprep.web.patient.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.visitprep.lab.LabFlag;
import org.visitprep.lab.Limit;
import org.visitprep.lab.ReferenceRange;
import org.visitprep.lab.ResultJudgement;
import org.visitprep.record.Quantity;

class ResultTextsTest {

    private static final ResultTexts ENGLISH = new ResultTexts(new ScreenLanguage(Locale.ENGLISH));
    private static final ResultTexts FRENCH = new ResultTexts(new ScreenLanguage(Locale.FRENCH));
    private static final Quantity CREATININE = Quantity.ucum(new BigDecimal("2.46"), "mg/dL", "mg/dL");

    @Test
    void rangesAreWrittenWithTheirLimitsAndTheResultsOwnUnit() {
        var between = ReferenceRange.general(Limit.inclusive("0.59"), Limit.inclusive("1.04"), "mg/dL", "x");
        var below = ReferenceRange.general(null, Limit.exclusive("5.7"), "%", "x");
        var atLeast = ReferenceRange.ofRecord(Limit.inclusive("60"), null, "mL/min");

        assertEquals("0.59 to 1.04 mg/dL", ENGLISH.range(between, CREATININE));
        assertEquals("de 0,59 à 1,04 mg/dL", FRENCH.range(between, CREATININE));
        assertEquals("below 5.7 %", ENGLISH.range(below, null));
        assertEquals("moins de 5,7 %", FRENCH.range(below, null));
        assertEquals("60 mL/min or more", ENGLISH.range(atLeast, null));
    }

    @Test
    void aValueOutsideItsRangeIsNeverWrittenAsTheLimitItCrossed() {
        var range = ReferenceRange.general(null, Limit.exclusive("5.7"), "%", "x");
        var justAbove = Quantity.ucum(new BigDecimal("5.7049"), "%", "%");
        var judged = new ResultJudgement(range, LabFlag.HIGH);

        assertEquals("5.705 %", ENGLISH.judged(justAbove, judged), "5.70 would read as the limit itself");
        assertEquals("5.70 %", ENGLISH.judged(justAbove, ResultJudgement.NONE));
    }

    @Test
    void longSyntheaDecimalsAreShownAsTheSummaryShowsThem() {
        var a1c = Quantity.ucum(new BigDecimal("2.5903553371032935"), "%", "%");

        assertEquals("2.59 %", ENGLISH.quantity(a1c));
        assertEquals("2,59 %", FRENCH.quantity(a1c));
    }

    @Test
    void aPanelWithoutAValueOfItsOwnShowsItsComponents() {
        var pressure = new org.visitprep.record.ObservationDetail(
                null,
                List.of("vital-signs"),
                null,
                null,
                List.of(
                        new org.visitprep.record.ObservationComponent(
                                null, Quantity.ucum(new BigDecimal("128"), "mm[Hg]", "mmHg"), null, List.of()),
                        new org.visitprep.record.ObservationComponent(
                                null, Quantity.ucum(new BigDecimal("82"), "mm[Hg]", "mmHg"), null, List.of())),
                List.of(),
                List.of(),
                "final");

        assertEquals("128 mmHg / 82 mmHg", ENGLISH.valueOf(pressure, ResultJudgement.NONE));
    }
}
