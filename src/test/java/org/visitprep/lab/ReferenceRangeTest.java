package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceRangeTest {

    private static final ReferenceRange FEMALE_HEMOGLOBIN =
            ReferenceRange.general(Limit.inclusive("12"), Limit.inclusive("16"), "g/dL", "merck-cbc");
    private static final ReferenceRange MALE_HEMOGLOBIN =
            ReferenceRange.general(Limit.inclusive("14"), Limit.inclusive("17"), "g/dL", "merck-cbc");

    @Test
    void theRangeForAnUnknownSexIsTheWidestBothSexesAllow() {
        ReferenceRange combined =
                RangesBySex.bySex(FEMALE_HEMOGLOBIN, MALE_HEMOGLOBIN).forSex(AdministrativeSex.UNKNOWN);
        assertEquals(
                0, new BigDecimal("12").compareTo(combined.low().orElseThrow().value()));
        assertEquals(
                0, new BigDecimal("17").compareTo(combined.high().orElseThrow().value()));
        assertTrue(combined.isGeneral());
        assertEquals("merck-cbc", combined.sourceId().orElseThrow());
    }

    @Test
    void eachSexGetsItsOwnRangeAndOtherGetsTheCombinedOne() {
        RangesBySex ranges = RangesBySex.bySex(FEMALE_HEMOGLOBIN, MALE_HEMOGLOBIN);
        assertEquals(FEMALE_HEMOGLOBIN, ranges.forSex(AdministrativeSex.FEMALE));
        assertEquals(MALE_HEMOGLOBIN, ranges.forSex(AdministrativeSex.MALE));
        Quantity result = Quantity.of("13", "g/dL");
        assertEquals(LabFlag.NORMAL, LabFlag.of(result, ranges.forSex(AdministrativeSex.FEMALE), null));
        assertEquals(LabFlag.LOW, LabFlag.of(result, ranges.forSex(AdministrativeSex.MALE), null));
        assertEquals(LabFlag.NORMAL, LabFlag.of(result, ranges.forSex(AdministrativeSex.OTHER), null));
        ReferenceRange combined = ranges.forSex(AdministrativeSex.UNKNOWN);
        assertEquals(LabFlag.HIGH, LabFlag.of(Quantity.of("17.1", "g/dL"), combined, null));
    }

    @Test
    void combiningKeepsTheLooserOfTwoEqualLimits() {
        ReferenceRange strict = ReferenceRange.general(Limit.exclusive("40"), Limit.exclusive("50"), "mg/dL", "a");
        ReferenceRange loose = ReferenceRange.general(Limit.inclusive("40"), Limit.inclusive("50"), "mg/dL", "a");
        ReferenceRange combined = strict.widenedBy(loose);
        assertTrue(combined.low().orElseThrow().inclusive());
        assertTrue(combined.high().orElseThrow().inclusive());
    }

    @Test
    void aSideThatOneSexLeavesOpenStaysOpen() {
        ReferenceRange bounded = ReferenceRange.general(Limit.inclusive("50"), Limit.inclusive("90"), "mg/dL", "a");
        ReferenceRange open = ReferenceRange.general(Limit.inclusive("40"), null, "mg/dL", "a");
        ReferenceRange combined = bounded.widenedBy(open);
        assertTrue(combined.high().isEmpty());
        assertEquals(
                0, new BigDecimal("40").compareTo(combined.low().orElseThrow().value()));
    }

    @Test
    void rangesInDifferentUnitsAreNotCombined() {
        ReferenceRange grams = ReferenceRange.general(Limit.inclusive("120"), Limit.inclusive("160"), "g/L", "a");
        assertThrows(IllegalArgumentException.class, () -> FEMALE_HEMOGLOBIN.widenedBy(grams));
    }

    @Test
    void aRecordsOwnRangeSaysSoAndHasNoCatalogueSource() {
        ReferenceRange own = ReferenceRange.ofRecord(Limit.inclusive("11.5"), Limit.inclusive("15.5"), "g/dL");
        assertFalse(own.isGeneral());
        assertEquals(RangeOrigin.RECORD, own.origin());
        assertTrue(own.sourceId().isEmpty());
    }

    @Test
    void aRangeNeedsALimitAndItsLimitsInOrder() {
        assertThrows(IllegalArgumentException.class, () -> ReferenceRange.ofRecord(null, null, "g/dL"));
        assertThrows(
                IllegalArgumentException.class,
                () -> ReferenceRange.ofRecord(Limit.inclusive("16"), Limit.inclusive("12"), "g/dL"));
    }

    @Test
    void theRecordsOwnRangeTakesPrecedenceOverTheGeneralOne() {
        LabTest hemoglobin = LabCatalogue.standard().find("718-7").orElseThrow();
        ReferenceRange own = ReferenceRange.ofRecord(Limit.inclusive("11.0"), Limit.inclusive("15.0"), "g/dL");
        Quantity result = Quantity.of("11.5", "g/dL");
        assertEquals(LabFlag.LOW, hemoglobin.flag(result, AdministrativeSex.FEMALE));
        assertEquals(LabFlag.NORMAL, hemoglobin.flag(result, own));
        assertEquals(LabFlag.CRITICAL_LOW, hemoglobin.flag(Quantity.of("6.9", "g/dL"), own));
    }

    @Test
    void administrativeSexIsReadFromFhirCodes() {
        assertEquals(AdministrativeSex.FEMALE, AdministrativeSex.fromFhirCode("female"));
        assertEquals(AdministrativeSex.MALE, AdministrativeSex.fromFhirCode(" Male "));
        assertEquals(AdministrativeSex.OTHER, AdministrativeSex.fromFhirCode("other"));
        assertEquals(AdministrativeSex.UNKNOWN, AdministrativeSex.fromFhirCode("unknown"));
        assertEquals(AdministrativeSex.UNKNOWN, AdministrativeSex.fromFhirCode(null));
        assertEquals(AdministrativeSex.UNKNOWN, AdministrativeSex.fromFhirCode("F"));
    }

    @Test
    void textsFallBackToEnglishForOtherLanguages() {
        LocalizedText text = new LocalizedText("Hemoglobin", "Hémoglobine");
        assertEquals("Hémoglobine", text.in(Locale.FRENCH));
        assertEquals("Hémoglobine", text.in(Locale.CANADA_FRENCH));
        assertEquals("Hemoglobin", text.in(Locale.GERMAN));
        assertEquals("Hemoglobin", text.in(Locale.ENGLISH));
        assertEquals("Hemoglobin", text.in(null));
    }
}
