package org.visitprep.summary.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.visitprep.lab.LabFlag;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.summary.CraftedPatient;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.agenda.AgendaKind;

/** The facts of the crafted patient, whose every value is known, and of corpus files with their own ranges. */
class FactFinderTest {

    private static final FactFinder FINDER = FactFinder.standard(SummaryFixtures.CLOCK);
    private static InMemoryPatientRecord record;
    private static FactsSnapshot facts;

    @BeforeAll
    static void findFacts() {
        record = CraftedPatient.record();
        facts = FINDER.find(record, CraftedPatient.WINDOW, CraftedPatient.agenda());
    }

    @Test
    void aResultAboveTheGeneralRangeSaysSoWithItsSourceAndThePreviousValue() {
        ResultFact a1c = result("4548-4");
        assertEquals(new BigDecimal("6.9"), a1c.latest().value());
        assertEquals(LocalDate.of(2026, 3, 12), a1c.latest().date());
        assertEquals(new BigDecimal("6.2"), a1c.previous().value());
        assertEquals(LabFlag.HIGH, a1c.flag());
        assertEquals(RangeBasis.GENERAL_ADULT, a1c.range().basis());
        assertEquals("cdc-a1c", a1c.range().sourceId());
        assertEquals(new BigDecimal("5.7"), a1c.range().high());
        assertFalse(a1c.range().highInclusive());
        assertEquals(List.of(ResultReason.OUT_OF_RANGE), a1c.reasons(), "a 0.7 rise in HbA1c is not 20 %");
        assertEquals(List.of(a1c.latest().entryId(), a1c.previous().entryId()), a1c.entryIds());
    }

    @Test
    void theRecordsOwnRangeWinsOverTheGeneralOne() {
        ResultFact hemoglobin = result("718-7");
        assertEquals(RangeBasis.RECORD, hemoglobin.range().basis());
        assertEquals(0, new BigDecimal("12.0").compareTo(hemoglobin.range().low()));
        assertEquals(LabFlag.LOW, hemoglobin.flag());
        assertNull(hemoglobin.range().sourceId());
    }

    @Test
    void aNotableChangeAndAnOutOfRangeValueAreBothReasons() {
        ResultFact potassium = result("6298-4");
        assertEquals(List.of(ResultReason.OUT_OF_RANGE, ResultReason.CHANGED), potassium.reasons());
        assertEquals(LocalDate.of(2025, 6, 1), potassium.previous().date(), "the previous value may predate nothing");
    }

    @Test
    void bloodPressureComponentsAreResultsOfTheirOwnCitingThePanel() {
        ResultFact systolic = result("8480-6");
        ResultFact diastolic = result("8462-4");
        assertEquals(new BigDecimal("142"), systolic.latest().value());
        assertEquals(systolic.latest().entryId(), diastolic.latest().entryId());
        assertEquals(LabFlag.HIGH, diastolic.flag());
    }

    @Test
    void resultsInRangeAndSteadyAreLeftOutUnlessTheAgendaAsks() {
        ResultFact tsh = result("3016-3");
        assertEquals(List.of(ResultReason.ASKED_ABOUT), tsh.reasons(), "TSH is shown only for the fatigue item");
        FactsSnapshot withoutAgenda = FINDER.find(record, CraftedPatient.WINDOW, Agenda.empty());
        assertTrue(withoutAgenda.factsOf(ResultFact.class).stream().noneMatch(code("3016-3")));
        assertTrue(withoutAgenda.factsOf(AgendaItemFact.class).isEmpty());
    }

    @Test
    void medicinesStartedChangedAndStoppedButNotTheOldOnes() {
        List<MedicationFact> medicines = facts.factsOf(MedicationFact.class);
        MedicationFact started = medication(medicines, MedicationEvent.STARTED);
        assertEquals(LocalDate.of(2025, 10, 1), started.date());
        assertEquals("Take 1 tablet by mouth daily", started.dosage());
        MedicationFact changed = medication(medicines, MedicationEvent.DOSAGE_CHANGED);
        assertEquals(LocalDate.of(2026, 1, 15), changed.date());
        assertEquals("Take 2 tablets by mouth daily", changed.dosage());
        assertEquals("Take 1 tablet by mouth daily", changed.previousDosage());
        MedicationFact stopped = medication(medicines, MedicationEvent.STOPPED);
        assertEquals("Simvastatin 20 MG Oral Tablet", stopped.medicine());
        assertEquals(LocalDate.of(2025, 12, 1), stopped.date());
        assertTrue(
                medicines.stream().noneMatch(m -> m.medicine().startsWith("lisinopril")),
                "a medicine started in 2019 and unchanged is not news");
    }

    @Test
    void newConditionsAndHospitalOrEmergencyEncountersOnly() {
        assertEquals(
                List.of("Prediabetes"),
                facts.factsOf(ConditionFact.class).stream()
                        .map(ConditionFact::condition)
                        .toList());
        List<EncounterFact> encounters = facts.factsOf(EncounterFact.class);
        assertEquals(2, encounters.size(), "the ambulatory check-up is not reported");
        EncounterFact stay = encounters.stream()
                .filter(e -> e.setting() == EncounterSetting.HOSPITAL_STAY)
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2025, 11, 5), stay.end());
        EncounterFact emergency = encounters.stream()
                .filter(e -> e.setting() == EncounterSetting.EMERGENCY)
                .findFirst()
                .orElseThrow();
        assertEquals("Dizziness (finding)", emergency.reason());
        assertNull(emergency.end(), "a visit ending the day it started has no separate end day");
    }

    @Test
    void wellnessTrendsCompareTheLastThirtyDaysWithTheThirtyBefore() {
        WellnessTrendFact steps = trend(WellnessMeasure.STEPS);
        assertEquals(new BigDecimal("6145"), steps.recent().value());
        assertEquals(new BigDecimal("8145"), steps.before().value());
        assertEquals(30, steps.recent().readings());
        assertEquals(LocalDate.of(2026, 3, 3), steps.recent().from());
        assertEquals(LocalDate.of(2026, 3, 2), steps.before().to());
        assertEquals(60, steps.entryIds().size());
        WellnessTrendFact weight = trend(WellnessMeasure.BODY_WEIGHT);
        assertEquals(new BigDecimal("71.5"), weight.recent().value());
        assertEquals(new BigDecimal("70.3"), weight.before().value(), "70.25 rounded half up to one decimal");
        assertTrue(
                facts.factsOf(WellnessTrendFact.class).stream()
                        .noneMatch(t -> t.measure() == WellnessMeasure.RESTING_HEART_RATE),
                "no readings, no trend");
    }

    @Test
    void agendaItemsKeepTheirWordsAndLinkCitedData() {
        List<AgendaItemFact> items = facts.factsOf(AgendaItemFact.class);
        assertEquals(3, items.size());
        AgendaItemFact tired = items.getFirst();
        assertEquals(AgendaKind.SYMPTOM, tired.kind());
        assertEquals("I feel tired all the time since January", tired.text());
        assertEquals(List.of("fatigue"), tired.topics());
        assertTrue(tired.linkedFactIds().contains(result("718-7").id()));
        assertTrue(tired.linkedFactIds().contains(result("2276-4").id()));
        assertTrue(tired.linkedFactIds().contains(trend(WellnessMeasure.SLEEP).id()));
        AgendaItemFact metformin = items.get(1);
        assertEquals(2, metformin.linkedFactIds().size(), "started and dosage changed");
        assertTrue(items.get(2).linkedFactIds().isEmpty());
        assertTrue(tired.entryIds().isEmpty());
    }

    @Test
    void theSnapshotNamesNoBirthDateOnlyAnAgeBandAndIsStable() {
        assertEquals("60-69", facts.ageBand());
        assertEquals("female", facts.sex());
        assertEquals(CraftedPatient.PATIENT_ID, facts.patientId());
        FactsSnapshot again = FINDER.find(CraftedPatient.record(), CraftedPatient.WINDOW, CraftedPatient.agenda());
        assertEquals(facts, again);
        assertEquals(
                facts.facts().size(),
                facts.facts().stream().map(Fact::id).distinct().count());
    }

    @Test
    void severalRangesInTheRecordAreNotGuessedBetween() {
        InMemoryPatientRecord creatinine =
                SummaryFixtures.record(FhirCorpus.file("labs/Observation-serum-creatinine-adult.json"));
        ObservationDetail observation = creatinine
                .page(org.visitprep.record.EntryKind.OBSERVATION, 0, 1)
                .getFirst()
                .observation();
        assertEquals(2, observation.referenceRanges().size(), "the file gives a range for men and one for women");
        FactsSnapshot found = FINDER.find(
                creatinine,
                ReviewWindow.chosen(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), ZoneOffset.UTC),
                Agenda.empty());
        ResultFact result = found.factsOf(ResultFact.class).getFirst();
        assertEquals(RangeBasis.GENERAL_ADULT, result.range().basis());
        assertEquals(LabFlag.HIGH, result.flag());
    }

    @Test
    void aSingleRangeInTheRecordIsTheOneUsed() {
        InMemoryPatientRecord urine = SummaryFixtures.record(FhirCorpus.file("labs/Observation-urine-wbc-range.json"));
        FactsSnapshot found = FINDER.find(
                urine,
                ReviewWindow.chosen(LocalDate.of(1900, 1, 1), LocalDate.of(2030, 1, 1), ZoneOffset.UTC),
                Agenda.empty());
        ResultFact result = found.factsOf(ResultFact.class).getFirst();
        assertEquals(RangeBasis.RECORD, result.range().basis());
        assertEquals(new BigDecimal("5"), result.range().high());
        assertEquals(LabFlag.HIGH, result.flag(), "10 per high-power field, above the laboratory's 5");
        assertEquals("per HPF", result.latest().unit());
    }

    @Test
    void adultRangesAreNotAppliedToAChild() {
        InMemoryPatientRecord baby = SummaryFixtures.record(
                FhirCorpus.file("synthea/Luigi_Wiegand_e27d88b0-c5e5-4042-ad49-184f6a900ee3.json"));
        FactsSnapshot found = FINDER.find(
                baby,
                ReviewWindow.chosen(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), ZoneOffset.UTC),
                Agenda.empty());
        assertTrue(found.factsOf(ResultFact.class).stream().allMatch(r -> r.range() == null));
        assertEquals("0-9", found.ageBand());
    }

    /**
     * The same result twice at the same moment (an upload and an EHR's copy, or a lab that reported it twice) is not
     * its own previous value: the change is measured against the earlier result.
     */
    @Test
    void aCopyOfTheLatestResultAtTheSameMomentIsNotItsPreviousValue() {
        String patient =
                "{\"resourceType\":\"Patient\",\"id\":\"alex\",\"gender\":\"female\",\"birthDate\":\"1961-05-20\"}";
        ImportResult uploaded = Imports.imported(Imports.text(
                "upload.json",
                CraftedPatient.collection(
                        List.of(patient, potassium("k-1", "2025-06-01", "4.1"), potassium("k-2", "2026-02-20", "5.4"))),
                SourceKind.FHIR));
        ImportResult pulled = Imports.imported(Imports.text(
                "ehr.json",
                CraftedPatient.collection(List.of(potassium("k-2-at-the-ehr", "2026-02-20", "5.4"))),
                SourceKind.FHIR));
        InMemoryPatientRecord twice = InMemoryPatientRecord.builder(UUID.randomUUID())
                .add("FHIR file upload.json", uploaded.entries())
                .add("Sandbox Clinic EHR", pulled.entries())
                .build();

        ResultFact potassium =
                FINDER.find(twice, CraftedPatient.WINDOW, Agenda.empty()).factsOf(ResultFact.class).stream()
                        .filter(code("6298-4"))
                        .findFirst()
                        .orElseThrow();

        assertEquals(new BigDecimal("4.1"), potassium.previous().value());
        assertEquals(LocalDate.of(2025, 6, 1), potassium.previous().date());
        assertTrue(
                potassium.reasons().contains(ResultReason.CHANGED),
                potassium.reasons().toString());
    }

    @Test
    void thePatientAtAGlanceCitesTheRecordAndNamesNoBirthDate() {
        PatientContextFact context = facts.factsOf(PatientContextFact.class).getFirst();
        assertEquals(64, context.age(), "born 20 May 1961, seen on 1 April 2026");
        assertEquals("female", context.sex());
        assertEquals(
                org.visitprep.record.EntryKind.PATIENT,
                record.entry(context.entryId()).orElseThrow().kind());
        assertTrue(context.dates().isEmpty(), "the birth date is in no fact");
        List<RecordListFact> lists = facts.factsOf(RecordListFact.class);
        assertEquals(
                List.of(RecordListFact.Kind.ACTIVE_PROBLEMS, RecordListFact.Kind.CURRENT_MEDICINES),
                lists.stream().map(RecordListFact::kind).toList(),
                "no allergy in the record, so no allergy line");
        assertEquals(
                List.of("Essential hypertension", "Prediabetes"),
                lists.getFirst().shown());
        assertEquals(
                List.of(
                        "24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet",
                        "lisinopril 10 MG Oral Tablet"),
                lists.get(1).shown(),
                "the simvastatin was completed in December");
        assertEquals(2, lists.get(1).entryIds().size());
    }

    @Test
    void aLongListShowsItsFirstItemsCitesThemAllAndCountsTheRest() {
        List<String> resources = new ArrayList<>();
        resources.add(PATIENT);
        for (int i = 1; i <= 8; i++) {
            resources.add(condition("c" + i, "Finding number " + i + " (finding)", "2020-01-0" + i));
        }
        resources.add(condition("d", "Asthma (disorder)", "2010-05-01"));
        resources.add("""
                {"resourceType":"Condition","id":"gone","clinicalStatus":{"coding":[{"system":
                 "http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]},
                 "code":{"text":"Broken wrist"},"subject":{"reference":"Patient/alex"},"onsetDateTime":"2021-01-01"}""");
        InMemoryPatientRecord many = recordOf(resources);

        RecordListFact problems = FINDER.find(many, CraftedPatient.WINDOW, Agenda.empty())
                .factsOf(RecordListFact.class)
                .getFirst();

        assertEquals(RecordListFact.Kind.ACTIVE_PROBLEMS, problems.kind());
        assertEquals(9, problems.total(), "the resolved one is not active");
        assertEquals(5, problems.shown().size());
        assertEquals(4, problems.notShown());
        assertEquals("Asthma", problems.shown().getFirst(), "a disorder before findings, its semantic tag left out");
        assertEquals("Finding number 8", problems.shown().get(1), "then the newest first");
        assertEquals(9, problems.entryIds().size(), "every item is cited, shown or not");
    }

    @Test
    void entriesOfTheSameMomentGiveTheSameFactsWhateverOrderTheyArriveIn() {
        String first = CraftedPatient.lab("k-a", "6298-4", "Potassium", "2026-02-20", "5.4", "mmol/L", null);
        String second = CraftedPatient.lab("k-b", "6298-4", "Potassium", "2026-02-20", "4.4", "mmol/L", null);
        String older = CraftedPatient.lab("k-0", "6298-4", "Potassium", "2025-06-01", "4.1", "mmol/L", null);
        FactsSnapshot oneWay =
                FINDER.find(recordOf(List.of(PATIENT, older, first, second)), CraftedPatient.WINDOW, Agenda.empty());
        FactsSnapshot otherWay =
                FINDER.find(recordOf(List.of(PATIENT, second, older, first)), CraftedPatient.WINDOW, Agenda.empty());

        assertEquals(oneWay, otherWay);
        ResultFact potassium = oneWay.factsOf(ResultFact.class).stream()
                .filter(code("6298-4"))
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("5.4"), potassium.latest().value(), "two values at one moment: a stable pick");
    }

    @Test
    void aCriticalValueOfTheWindowIsKeptWithTheLaterValueAndTheOldOnesAreNot() {
        InMemoryPatientRecord critical = recordOf(List.of(
                PATIENT,
                potassium("k-old", "2024-01-10", "7.2"),
                potassium("k-1", "2025-12-01", "6.4"),
                potassium("k-2", "2026-01-10", "2.8"),
                potassium("k-3", "2026-02-15", "4.2")));

        FactsSnapshot found = FINDER.find(critical, CraftedPatient.WINDOW, Agenda.empty());
        ResultFact potassium = found.factsOf(ResultFact.class).getFirst();

        assertEquals(new BigDecimal("4.2"), potassium.latest().value());
        assertEquals(LabFlag.NORMAL, potassium.flag());
        assertEquals(
                List.of(new BigDecimal("6.4"), new BigDecimal("2.8")),
                potassium.earlierCritical().stream()
                        .map(earlier -> earlier.reading().value())
                        .toList(),
                "both critical values of the window, not the one of 2024");
        assertEquals(
                List.of(LabFlag.CRITICAL_HIGH, LabFlag.CRITICAL_LOW),
                potassium.earlierCritical().stream().map(CriticalReading::flag).toList());
        assertTrue(potassium.judgements().containsAll(List.of(Judgement.CRITICAL, Judgement.WITHIN_RANGE)));
        assertEquals(List.of(new MustMention(potassium.id(), MustMention.Reason.CRITICAL_VALUE)), found.mustMention());
    }

    @Test
    void anAllergyNewInTheWindowIsAFactAndOneEnteredInErrorOrOlderIsNot() {
        InMemoryPatientRecord allergies = recordOf(List.of(
                PATIENT,
                allergy("new", "Peanut (substance)", "2026-01-05", "confirmed"),
                allergy("error", "Latex (substance)", "2026-01-06", "entered-in-error"),
                allergy("old", "Cat dander (substance)", "2019-01-06", "confirmed")));

        FactsSnapshot found = FINDER.find(allergies, CraftedPatient.WINDOW, Agenda.empty());

        assertEquals(
                List.of("Peanut (substance)"),
                found.factsOf(AllergyFact.class).stream()
                        .map(AllergyFact::substance)
                        .toList());
        assertEquals(
                MustMention.Reason.NEW_ALLERGY, found.mustMention().getFirst().reason());
        assertEquals(
                List.of("Cat dander", "Peanut"),
                found.factsOf(RecordListFact.class).stream()
                        .filter(list -> list.kind() == RecordListFact.Kind.ALLERGIES)
                        .findFirst()
                        .orElseThrow()
                        .shown());
    }

    private static final String PATIENT =
            "{\"resourceType\":\"Patient\",\"id\":\"alex\",\"gender\":\"female\",\"birthDate\":\"1961-05-20\"}";

    private static InMemoryPatientRecord recordOf(List<String> resources) {
        ImportResult imported =
                Imports.imported(Imports.text("crafted.json", CraftedPatient.collection(resources), SourceKind.FHIR));
        return InMemoryPatientRecord.of(
                UUID.nameUUIDFromBytes(new byte[] {1}), "FHIR file crafted.json", imported.entries());
    }

    private static String condition(String id, String display, String onset) {
        return "{\"resourceType\":\"Condition\",\"id\":\"" + id + "\",\"clinicalStatus\":{\"coding\":[{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/condition-clinical\",\"code\":\"active\"}]},"
                + "\"code\":{\"text\":\"" + display + "\"},\"subject\":{\"reference\":\"Patient/alex\"},"
                + "\"onsetDateTime\":\"" + onset + "\"}";
    }

    private static String allergy(String id, String substance, String recorded, String verification) {
        return "{\"resourceType\":\"AllergyIntolerance\",\"id\":\"" + id + "\",\"verificationStatus\":{\"coding\":[{"
                + "\"system\":\"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification\",\"code\":\""
                + verification + "\"}]},\"code\":{\"text\":\"" + substance + "\"},"
                + "\"patient\":{\"reference\":\"Patient/alex\"},\"recordedDate\":\"" + recorded + "\"}";
    }

    private static String potassium(String id, String date, String value) {
        return CraftedPatient.lab(id, "6298-4", "Potassium", date, value, "mmol/L", null);
    }

    private static ResultFact result(String loinc) {
        return facts.factsOf(ResultFact.class).stream()
                .filter(code(loinc))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result fact for " + loinc));
    }

    private static Predicate<ResultFact> code(String loinc) {
        return fact -> fact.code().equals("http://loinc.org|" + loinc);
    }

    private static MedicationFact medication(List<MedicationFact> medicines, MedicationEvent event) {
        return medicines.stream()
                .filter(m -> m.event() == event)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + event));
    }

    private static WellnessTrendFact trend(WellnessMeasure measure) {
        return facts.factsOf(WellnessTrendFact.class).stream()
                .filter(t -> t.measure() == measure)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no trend of " + measure));
    }
}
