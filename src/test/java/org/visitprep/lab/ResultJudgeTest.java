package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.PatientDetail;

/** The one way results are judged, for the record screens and the visit summary alike. */
class ResultJudgeTest {

    private static final ResultJudge JUDGE = ResultJudge.standard();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
    private static final TestedPerson WOMAN = TestedPerson.of(new PatientDetail("female", LocalDate.of(1960, 5, 1)));
    private static final Coding A1C = new Coding(Coding.LOINC, "4548-4", "Hemoglobin A1c");
    private static final Coding CREATININE = new Coding(Coding.LOINC, "2160-0", "Creatinine");
    private static final Coding POTASSIUM = new Coding(Coding.LOINC, "6298-4", "Potassium");

    @Test
    void withoutARangeOfItsOwnAResultIsJudgedAgainstTheGeneralAdultRangeAndSaysSo() {
        ResultJudgement judged = JUDGE.judge(A1C, ucum("6.9", "%"), List.of(), DAY, WOMAN);

        assertEquals(LabFlag.HIGH, judged.flag());
        assertTrue(judged.isOutOfRange());
        ReferenceRange range = judged.rangeUsed().orElseThrow();
        assertTrue(range.isGeneral());
        assertEquals("cdc-a1c", range.sourceId().orElseThrow());
        assertEquals(new BigDecimal("5.7"), range.high().orElseThrow().value());
    }

    @Test
    void theRecordsOwnRangeWinsOverTheGeneralOne() {
        var ownRange = range("3.0", "4.0", "mmol/L", null);

        ResultJudgement judged = JUDGE.judge(POTASSIUM, ucum("4.5", "mmol/L"), List.of(ownRange), DAY, WOMAN);

        assertEquals(LabFlag.HIGH, judged.flag(), "4.5 is inside the general range but above the record's");
        assertEquals(RangeOrigin.RECORD, judged.range().origin());
    }

    @Test
    void theCataloguesCriticalLimitsApplyBesideTheRecordsOwnRange() {
        var ownRange = range("3.5", "5.1", "mmol/L", null);

        ResultJudgement judged = JUDGE.judge(POTASSIUM, ucum("6.4", "mmol/L"), List.of(ownRange), DAY, WOMAN);

        assertEquals(LabFlag.CRITICAL_HIGH, judged.flag());
    }

    @Test
    void rangesForWomenAndForMenWithoutSayingWhichAppliesAreNotGuessedBetween() {
        var forMen = range("0.76", "1.27", "mg/dL", "normal");
        var forWomen = range("0.57", "1", "mg/dL", "normal");

        ResultJudgement judged = JUDGE.judge(CREATININE, ucum("1.02", "mg/dL"), List.of(forMen, forWomen), DAY, WOMAN);

        assertTrue(judged.range().isGeneral(), "the catalogue's range for a woman is used instead");
        assertEquals(LabFlag.NORMAL, judged.flag());
    }

    @Test
    void aChildsResultIsNotJudgedAgainstAnAdultRange() {
        var child = TestedPerson.of(new PatientDetail("female", DAY.minusYears(10)));

        assertEquals(ResultJudgement.NONE, JUDGE.judge(A1C, ucum("6.9", "%"), List.of(), DAY, child));
    }

    @Test
    void aPersonOfUnknownAgeAndSexGetsTheWidestGeneralRange() {
        var hemoglobin = new Coding(Coding.LOINC, "718-7", "Hemoglobin");

        ResultJudgement judged = JUDGE.judge(hemoglobin, ucum("16.5", "g/dL"), List.of(), DAY, TestedPerson.unknown());

        assertEquals(LabFlag.NORMAL, judged.flag(), "16.5 is above the range for women but within the men's");
        assertTrue(judged.range().isGeneral());
    }

    @Test
    void aValueQualifiedByAComparatorIsJudgedOnlyWhereEveryValueItMayBeFallsOnOneSide() {
        var belowDetection = bounded("0.35", "%", "<");

        ResultJudgement judged = JUDGE.judge(A1C, belowDetection, List.of(), DAY, WOMAN);

        assertEquals(LabFlag.NORMAL, judged.flag(), "every value below 0.35 % is below the high limit 5.7 %");
        assertEquals(ResultJudgement.Basis.RANGE, judged.basis());
    }

    @Test
    void aBoundAboveTheHighLimitIsHighAndBeyondTheCriticalOneCritical() {
        var glucose = new Coding(Coding.LOINC, "2345-7", "Glucose");
        var ownRange = range("70", "200", "mg/dL", null);

        ResultJudgement judged = JUDGE.judge(glucose, bounded("600", "mg/dL", ">"), List.of(ownRange), DAY, WOMAN);

        assertEquals(LabFlag.CRITICAL_HIGH, judged.flag(), ">600 is beyond the catalogue's critical 450");
        assertEquals(ResultJudgement.Basis.CRITICAL_LIMIT, judged.basis());
        assertEquals(
                LabFlag.HIGH,
                JUDGE.judge(glucose, bounded("300", "mg/dL", ">="), List.of(ownRange), DAY, WOMAN)
                        .flag(),
                ">=300: above 200 for sure, critical perhaps");
    }

    @Test
    void aBoundBelowTheLowLimitIsLow() {
        var tsh = new Coding(Coding.LOINC, "3016-3", "TSH");

        ResultJudgement judged = JUDGE.judge(tsh, bounded("0.35", "m[IU]/L", "<"), List.of(), DAY, WOMAN);

        assertEquals(LabFlag.LOW, judged.flag(), "every value below 0.35 is below the low limit 0.4");
        assertEquals(
                LabFlag.LOW,
                JUDGE.judge(tsh, bounded("0.4", "m[IU]/L", "<"), List.of(), DAY, WOMAN)
                        .flag(),
                "below 0.4 is below an inclusive low limit of 0.4");
    }

    @Test
    void aBoundThatStraddlesALimitIsUndecidedAndSaysSo() {
        var crp = new Coding(Coding.LOINC, "1988-5", "CRP");
        var ownRange = range("2", "10", "mg/L", null);

        ResultJudgement judged = JUDGE.judge(crp, bounded("5", "mg/L", "<"), List.of(ownRange), DAY, WOMAN);

        assertEquals(LabFlag.UNKNOWN, judged.flag());
        assertTrue(judged.isUndecided());
        assertFalse(judged.isOutOfRange());
        assertEquals(RangeOrigin.RECORD, judged.range().origin(), "the range it could not decide against is kept");
        assertEquals(
                ResultJudgement.NONE,
                JUDGE.judge(crp, bounded("5", "mg/L", "ad"), List.of(ownRange), DAY, WOMAN),
                "'ad' (sufficient to achieve) is no bound");
        assertEquals(
                ResultJudgement.NONE,
                JUDGE.judge(crp, bounded("5", "mmol/L", "<"), List.of(ownRange), DAY, WOMAN),
                "a bound in a unit the range cannot be compared in");
    }

    @Test
    void theLaboratorysFlagComesBeforeItsRangeAndTheCatalogues() {
        var ownRange = range("3.5", "5.1", "mmol/L", null);

        ResultJudgement high =
                JUDGE.judge(POTASSIUM, ucum("4.5", "mmol/L"), List.of(ownRange), List.of(flag("H")), DAY, WOMAN);
        ResultJudgement normal =
                JUDGE.judge(POTASSIUM, ucum("5.5", "mmol/L"), List.of(ownRange), List.of(flag("N")), DAY, WOMAN);

        assertEquals(LabFlag.HIGH, high.flag(), "4.5 is within its range, but the laboratory flagged it high");
        assertTrue(high.isLaboratoryFlag());
        assertEquals("H", high.laboratoryCode());
        assertEquals(LabFlag.NORMAL, normal.flag(), "the laboratory's N over its own range");
    }

    @Test
    void aCriticalLimitReachedWinsOverALaboratoryFlagThatIsNotCritical() {
        ResultJudgement judged =
                JUDGE.judge(POTASSIUM, ucum("6.8", "mmol/L"), List.of(), List.of(flag("H")), DAY, WOMAN);

        assertEquals(LabFlag.CRITICAL_HIGH, judged.flag());
        assertEquals(ResultJudgement.Basis.CRITICAL_LIMIT, judged.basis());
        assertEquals("H", judged.laboratoryCode(), "the laboratory's own code is kept beside it");
        assertEquals(
                new BigDecimal("6.0"),
                judged.criticalLimits().high().orElseThrow().value());
    }

    @Test
    void aLaboratoryFlagJudgesATestTheCatalogueDoesNotKnowAndAChildsResult() {
        var troponin = new Coding(Coding.LOINC, "10839-9", "Troponin I");
        var child = TestedPerson.of(new PatientDetail("female", DAY.minusYears(10)));

        assertEquals(
                LabFlag.CRITICAL_HIGH,
                JUDGE.judge(troponin, ucum("0.9", "ng/mL"), List.of(), List.of(flag("HH")), DAY, WOMAN)
                        .flag());
        assertEquals(
                LabFlag.HIGH,
                JUDGE.judge(A1C, ucum("6.9", "%"), List.of(), List.of(flag("H")), DAY, child)
                        .flag());
    }

    @Test
    void aCriticalLimitJudgesATestWhoseCatalogueEntryHasNoRange() {
        ResultJudgement judged = JUDGE.judge(CREATININE, ucum("8.1", "mg/dL"), List.of(), DAY, TestedPerson.unknown());

        assertEquals(LabFlag.CRITICAL_HIGH, judged.flag(), "creatinine's critical limit is 7.5 mg/dL");
    }

    @Test
    void aLaboratoryResultInWordsIsJudgedByItsFlagElseItsWordsButASurveyAnswerIsNot() {
        var culture = new Coding(Coding.LOINC, "600-7", "Blood culture");
        ResultJudgement positive = JUDGE.judge(observation(culture, "laboratory", "Positive", List.of()), DAY, WOMAN);
        ResultJudgement flagged =
                JUDGE.judge(observation(culture, "laboratory", "Gram-positive cocci", List.of(flag("A"))), DAY, WOMAN);
        ResultJudgement survey = JUDGE.judge(observation(culture, "survey", "Positive", List.of()), DAY, WOMAN);

        assertEquals(LabFlag.ABNORMAL, positive.flag());
        assertEquals(ResultJudgement.Basis.QUALITATIVE_VALUE, positive.basis());
        assertEquals(LabFlag.ABNORMAL, flagged.flag());
        assertTrue(flagged.isLaboratoryFlag());
        assertEquals(ResultJudgement.NONE, survey);
    }

    @Test
    void aUnitThatCannotBeComparedWithTheRangeLeavesTheResultUnjudged() {
        ResultJudgement judged = JUDGE.judge(A1C, ucum("52", "mmol/mol"), List.of(), DAY, WOMAN);

        assertEquals(ResultJudgement.NONE, judged);
        assertFalse(judged.isOutOfRange());
    }

    @Test
    void anUncataloguedTestIsJudgedOnlyAgainstItsOwnRange() {
        var urineCells = new Coding(Coding.LOINC, "5821-4", "WBC urine sediment");
        var perField = new org.visitprep.record.Quantity(
                BigDecimal.TEN, "per HPF", org.visitprep.record.Quantity.UCUM, "/[HPF]", null);
        var ownRange = new org.visitprep.record.ReferenceRange(
                null,
                new org.visitprep.record.Quantity(
                        new BigDecimal("5"), "per HPF", org.visitprep.record.Quantity.UCUM, "/[HPF]", null),
                null,
                null);

        assertEquals(
                LabFlag.HIGH,
                JUDGE.judge(urineCells, perField, List.of(ownRange), DAY, WOMAN).flag());
        assertEquals(ResultJudgement.NONE, JUDGE.judge(urineCells, perField, List.of(), DAY, WOMAN));
    }

    @Test
    void anObservationIsJudgedByItsLoincCodingWhateverElseItCarries() {
        var local = new Coding("urn:lab:local", "HBA1C", "A1c");
        var observation = new ObservationDetail(
                new Concept(List.of(local, A1C), "HbA1c"),
                List.of("laboratory"),
                ucum("5.2", "%"),
                null,
                List.of(),
                List.of(),
                List.of(),
                "final");

        assertEquals(LabFlag.NORMAL, JUDGE.judge(observation, DAY, WOMAN).flag());
        assertEquals("Hemoglobin A1c", JUDGE.testOf(A1C).orElseThrow().name(java.util.Locale.ENGLISH));
    }

    private static Concept flag(String code) {
        return Concept.of(new Coding("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", code, null));
    }

    private static ObservationDetail observation(Coding code, String category, String words, List<Concept> flags) {
        return new ObservationDetail(
                Concept.of(code), List.of(category), null, words, List.of(), List.of(), flags, "final");
    }

    private static org.visitprep.record.Quantity bounded(String value, String code, String comparator) {
        return new org.visitprep.record.Quantity(
                new BigDecimal(value), code, org.visitprep.record.Quantity.UCUM, code, comparator);
    }

    private static org.visitprep.record.Quantity ucum(String value, String code) {
        return org.visitprep.record.Quantity.ucum(new BigDecimal(value), code, code);
    }

    private static org.visitprep.record.ReferenceRange range(String low, String high, String unit, String type) {
        Concept meaning = type == null
                ? null
                : Concept.of(new Coding("http://terminology.hl7.org/CodeSystem/referencerange-meaning", type, null));
        return new org.visitprep.record.ReferenceRange(ucum(low, unit), ucum(high, unit), null, meaning);
    }
}
