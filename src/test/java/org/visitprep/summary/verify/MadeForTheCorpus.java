package org.visitprep.summary.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.visitprep.lab.LabFlag;
import org.visitprep.lab.LocalizedText;
import org.visitprep.lab.ResultJudgement;
import org.visitprep.summary.CraftedPatient;
import org.visitprep.summary.facts.AllergyFact;
import org.visitprep.summary.facts.CriticalReading;
import org.visitprep.summary.facts.Dose;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.MedicationEvent;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.RangeBasis;
import org.visitprep.summary.facts.RangeUsed;
import org.visitprep.summary.facts.Reading;
import org.visitprep.summary.facts.RecordListFact;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.ResultReason;
import org.visitprep.summary.facts.TimeBeforeVisit;
import org.visitprep.summary.wording.Numbers;

/**
 * The facts of the new sentence kinds the adversarial corpus attacks, made by hand so that every value is known (the
 * crafted patient has none of them): each under the key its drafts cite.
 */
final class MadeForTheCorpus {

    private static final LocalDate VISIT_DAY = CraftedPatient.VISIT_DAY;
    private static final Map<String, Fact> BY_KEY = build();

    private MadeForTheCorpus() {}

    static List<Fact> facts() {
        return List.copyOf(BY_KEY.values());
    }

    static Map<String, Fact> byKey() {
        return BY_KEY;
    }

    private static Map<String, Fact> build() {
        Map<String, Fact> facts = new LinkedHashMap<>();
        facts.put("potassium-back", potassiumBackInRange());
        facts.put("glucose-above", glucoseAbove600());
        facts.put("tsh-undecided", undecidedTsh());
        facts.put(
                "culture",
                qualitative("Fc0ffee06", "600-7", "Bacteria identified in Blood by Culture", "Positive", 2, 2));
        facts.put(
                "flu",
                qualitative(
                        "Fc0ffee07",
                        "92142-9",
                        "Influenza virus A RNA [Presence] in Respiratory specimen",
                        "Negative",
                        2,
                        3));
        facts.put("covid", detectedCovid());
        facts.put("ldl-old", oldLdl());
        facts.put("metformin-dose", structuredDoseChange());
        facts.put(
                "atorvastatin-error",
                new MedicationFact(
                        "Fc0ffee0b",
                        MedicationEvent.ENTERED_IN_ERROR,
                        "atorvastatin 20 MG Oral Tablet",
                        LocalDate.of(2026, 3, 1),
                        "entered-in-error",
                        "Take 1 tablet at night",
                        null,
                        List.of(entry(11))));
        facts.put(
                "peanut",
                new AllergyFact(
                        "Fc0ffee0c",
                        "Peanut (substance)",
                        LocalDate.of(2026, 1, 5),
                        "high",
                        "active",
                        List.of("Hives"),
                        entry(12)));
        facts.put("medicines17", seventeenMedicines());
        return facts;
    }

    /** 6.8 mmol/L on 10 January 2026, at a critical level; 4.2 mmol/L on 15 February 2026, in 3.5 to 5.1. */
    private static ResultFact potassiumBackInRange() {
        Reading critical = reading(entry(1), "6.8", "mmol/L", LocalDate.of(2026, 1, 10));
        return new ResultFact(
                "Fc0ffee03",
                "http://loinc.org|6298-4",
                new LocalizedText("Potassium", "Potassium"),
                reading(entry(2), "4.2", "mmol/L", LocalDate.of(2026, 2, 15)),
                critical,
                range("3.5", "5.1", "mmol/L", RangeBasis.GENERAL_ADULT),
                LabFlag.NORMAL,
                List.of(ResultReason.CHANGED),
                ResultJudgement.Basis.RANGE,
                null,
                null,
                List.of(new CriticalReading(critical, LabFlag.CRITICAL_HIGH)),
                List.of());
    }

    /** More than 600 mg/dL on 1 March 2026, against the laboratory's 70 to 200 mg/dL: critical. */
    private static ResultFact glucoseAbove600() {
        return new ResultFact(
                "Fc0ffee04",
                "http://loinc.org|2345-7",
                new LocalizedText("Blood sugar (glucose)", "Sucre dans le sang (glycémie)"),
                bounded(entry(3), ">", "600", "mg/dL", LocalDate.of(2026, 3, 1)),
                null,
                range("70", "200", "mg/dL", RangeBasis.RECORD),
                LabFlag.CRITICAL_HIGH,
                List.of(ResultReason.OUT_OF_RANGE),
                ResultJudgement.Basis.CRITICAL_LIMIT,
                null,
                null,
                List.of(),
                List.of());
    }

    /** Less than 5 mIU/L on 1 March 2026, against the laboratory's 0.4 to 4 mIU/L: either side of 4. */
    private static ResultFact undecidedTsh() {
        return new ResultFact(
                "Fc0ffee05",
                "http://loinc.org|3016-3",
                new LocalizedText("TSH (thyroid-stimulating hormone)", "TSH (thyréostimuline)"),
                bounded(entry(4), "<", "5", "m[IU]/L", LocalDate.of(2026, 3, 1)),
                null,
                range("0.4", "4", "m[IU]/L", RangeBasis.RECORD),
                LabFlag.UNKNOWN,
                List.of(ResultReason.ASKED_ABOUT),
                ResultJudgement.Basis.UNDECIDED,
                null,
                null,
                List.of(),
                List.of());
    }

    /** A result in words, on a day of February 2026: "Positive" reads abnormal, "Negative" normal. */
    private static ResultFact qualitative(String id, String loinc, String name, String words, int month, int day) {
        boolean present = words.equals("Positive");
        return new ResultFact(
                id,
                "http://loinc.org|" + loinc,
                new LocalizedText(name, name),
                new Reading(entry(id.hashCode()), null, null, null, 0, LocalDate.of(2026, month, day), null, words),
                null,
                null,
                present ? LabFlag.ABNORMAL : LabFlag.NORMAL,
                present ? List.of(ResultReason.OUT_OF_RANGE) : List.of(ResultReason.ASKED_ABOUT),
                ResultJudgement.Basis.QUALITATIVE_VALUE,
                null,
                null,
                List.of(),
                List.of());
    }

    /** "Detected" on 3 February 2026, flagged DET by the laboratory. */
    private static ResultFact detectedCovid() {
        return new ResultFact(
                "Fc0ffee08",
                "http://loinc.org|94500-6",
                new LocalizedText(
                        "SARS-CoV-2 RNA [Presence] in Respiratory specimen",
                        "SARS-CoV-2 RNA [Presence] in Respiratory specimen"),
                new Reading(entry(5), null, null, null, 0, LocalDate.of(2026, 2, 3), null, "Detected"),
                null,
                null,
                LabFlag.ABNORMAL,
                List.of(ResultReason.OUT_OF_RANGE),
                ResultJudgement.Basis.LABORATORY_FLAG,
                "DET",
                null,
                List.of(),
                List.of());
    }

    /**
     * An LDL of 160 mg/dL on 2 May 2023 (2 years before the visit), 190 mg/dL on 1 June 2021 before it (4 years),
     * flagged high by its laboratory.
     */
    private static ResultFact oldLdl() {
        LocalDate latest = LocalDate.of(2023, 5, 2);
        LocalDate previous = LocalDate.of(2021, 6, 1);
        return new ResultFact(
                "Fc0ffee09",
                "http://loinc.org|18262-6",
                new LocalizedText("LDL cholesterol", "Cholestérol LDL"),
                reading(entry(6), "160", "mg/dL", latest),
                reading(entry(7), "190", "mg/dL", previous),
                null,
                LabFlag.HIGH,
                List.of(ResultReason.ASKED_ABOUT),
                ResultJudgement.Basis.LABORATORY_FLAG,
                "H",
                null,
                List.of(),
                List.of(TimeBeforeVisit.of(latest, VISIT_DAY), TimeBeforeVisit.of(previous, VISIT_DAY)));
    }

    /** Metformin: 2 tablets twice a day by mouth from 1 February 2026, 1 tablet twice a day before; the same text. */
    private static MedicationFact structuredDoseChange() {
        return new MedicationFact(
                "Fc0ffee0a",
                MedicationEvent.DOSAGE_CHANGED,
                "Metformin hydrochloride 500 MG Oral Tablet",
                LocalDate.of(2026, 2, 1),
                "active",
                "Take as directed",
                "Take as directed",
                List.of(entry(8), entry(9)),
                List.of(twiceADay("2")),
                List.of(twiceADay("1")),
                List.of());
    }

    private static Dose twiceADay(String tablets) {
        return new Dose(new BigDecimal(tablets), "tablet", 2, BigDecimal.ONE, "d", "Oral route", false);
    }

    /** Seventeen current medicines, five shown: twelve more, and numbers in the names shown that are no count. */
    private static RecordListFact seventeenMedicines() {
        List<String> shown = List.of(
                "Lisinopril 10 MG Oral Tablet",
                "Amlodipine 5 MG Oral Tablet",
                "Metformin hydrochloride 500 MG Oral Tablet",
                "Simvastatin 20 MG Oral Tablet",
                "Aspirin 81 MG Oral Tablet");
        List<UUID> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 17; i++) {
            entries.add(entry(100 + i));
        }
        return new RecordListFact("Fc0ffee0d", RecordListFact.Kind.CURRENT_MEDICINES, shown, 17, entries);
    }

    private static UUID entry(int number) {
        return UUID.nameUUIDFromBytes(
                ("adversarial corpus entry " + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Reading reading(UUID entry, String value, String unit, LocalDate date) {
        BigDecimal exact = new BigDecimal(value);
        return new Reading(entry, exact, unit, unit, Numbers.displayScale(exact), date);
    }

    private static Reading bounded(UUID entry, String comparator, String value, String unit, LocalDate date) {
        BigDecimal exact = new BigDecimal(value);
        return new Reading(entry, exact, unit, unit, Numbers.displayScale(exact), date, comparator, null);
    }

    private static RangeUsed range(String low, String high, String unit, RangeBasis basis) {
        return new RangeUsed(new BigDecimal(low), true, new BigDecimal(high), true, unit, basis, null, null, null);
    }
}
