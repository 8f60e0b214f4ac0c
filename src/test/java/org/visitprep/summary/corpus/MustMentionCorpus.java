package org.visitprep.summary.corpus;

import static org.visitprep.summary.corpus.FhirResources.allergy;
import static org.visitprep.summary.corpus.FhirResources.condition;
import static org.visitprep.summary.corpus.FhirResources.lab;
import static org.visitprep.summary.corpus.FhirResources.medicationRequest;
import static org.visitprep.summary.corpus.FhirResources.patient;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.visitprep.record.Imports;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.summary.CraftedPatient;
import org.visitprep.summary.VisitContext;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.agenda.AgendaItem;
import org.visitprep.summary.facts.AllergyFact;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.MedicationEvent;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.MustMention;
import org.visitprep.summary.facts.ResultFact;

/**
 * Records crafted so that what a summary must mention is known, one case per rule: a critical value that later came
 * back to normal, by the catalogue's limits and by the laboratory's own flag; a result the laboratory flagged for a
 * test the catalogue does not know; a record range that disagrees with the catalogue's; values with comparators
 * ({@code >600 mg/dL}, {@code <0.35}); a positive blood culture and a detected virus; a medicine put on hold,
 * cancelled, entered in error; a dose changed in its structure with the same text; a new allergy (and a refuted
 * one); two LOINC codes of one analyte; data from years before the window. Every case is a FHIR bundle imported
 * through the real importer, for a visit on {@value #VISIT} with the default twelve-month window; any engine's draft
 * of it can be checked against its expectations, in English and French.
 */
public final class MustMentionCorpus {

    static final String VISIT = "2026-04-01";
    public static final LocalDate VISIT_DAY = LocalDate.parse(VISIT);

    /**
     * A fact the case expects, found by what it is about, and the words a kept sentence citing it must hold in each
     * language (values and dates as the summary writes them).
     *
     * @param reason why it must be mentioned, or null for a fact that must not be required
     */
    public record Expected(
            String about, MustMention.Reason reason, Predicate<Fact> fact, List<String> english, List<String> french) {

        public List<String> words(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? french : english;
        }
    }

    /**
     * One crafted record and what its summary must, and must not, mention.
     *
     * @param mustMention facts the summary must mention, each with the words a sentence citing it holds
     * @param notRequired facts no must-mention fact may be (a normal result, old data, a refuted allergy)
     * @param said facts some kept sentence cites with the words given, whether required or not
     */
    public record Case(
            String name,
            InMemoryPatientRecord record,
            Agenda agenda,
            List<Expected> mustMention,
            List<Expected> notRequired,
            List<Expected> said) {

        public VisitContext visit(Locale locale) {
            return VisitContext.lastTwelveMonths(VISIT_DAY, ZoneOffset.UTC, locale, agenda);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private MustMentionCorpus() {}

    public static List<Case> cases() {
        return List.of(
                criticalBackToNormal(),
                laboratoryCriticalFlagOnAnUncataloguedTest(),
                laboratoryFlagOnAnUncataloguedTest(),
                recordRangeDisagreesWithTheCatalogue(),
                comparators(),
                anUndecidedValueAskedAbout(),
                qualitativeResults(),
                medicinesOnHoldCancelledInError(),
                structuredDoseChangeWithTheSameText(),
                newAllergy(),
                twoCodesOfOneAnalyte(),
                dataFromYearsBeforeTheWindow());
    }

    static Case criticalBackToNormal() {
        return new Case(
                "a critical potassium that later came back to normal",
                record(
                        "critical-potassium",
                        lab("k-1", "6298-4", "Potassium", "2025-05-10")
                                .quantity("4.1", "mmol/L")
                                .json(),
                        lab("k-2", "6298-4", "Potassium", "2026-01-10")
                                .quantity("6.8", "mmol/L")
                                .json(),
                        lab("k-3", "6298-4", "Potassium", "2026-02-15")
                                .quantity("4.2", "mmol/L")
                                .json()),
                Agenda.empty(),
                List.of(new Expected(
                        "potassium 6.8 on 10 January, then 4.2",
                        MustMention.Reason.CRITICAL_VALUE,
                        result("6298-4"),
                        List.of("6.8 mmol/L", "10 January 2026", "4.2 mmol/L", "15 February 2026", "critical"),
                        List.of("6,8 mmol/L", "10 janvier 2026", "4,2 mmol/L", "15 février 2026", "critique"))),
                List.of(),
                List.of());
    }

    static Case laboratoryCriticalFlagOnAnUncataloguedTest() {
        return new Case(
                "a troponin the laboratory flagged critically high (HH), then normal",
                record(
                        "troponin",
                        lab("tn-1", "10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma", "2026-01-20")
                                .quantity("0.9", "ng/mL")
                                .flagged("HH")
                                .json(),
                        lab("tn-2", "10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma", "2026-01-22")
                                .quantity("0.02", "ng/mL")
                                .flagged("N")
                                .json()),
                Agenda.empty(),
                List.of(new Expected(
                        "troponin 0.9 flagged HH on 20 January, then 0.02",
                        MustMention.Reason.CRITICAL_VALUE,
                        result("10839-9"),
                        List.of("0.9 ng/mL", "20 January 2026", "0.02 ng/mL", "22 January 2026"),
                        List.of("0,9 ng/mL", "20 janvier 2026", "0,02 ng/mL", "22 janvier 2026"))),
                List.of(),
                List.of());
    }

    static Case laboratoryFlagOnAnUncataloguedTest() {
        return new Case(
                "a lipoprotein(a) the laboratory flagged high, with no range",
                record(
                        "lipoprotein",
                        lab("lpa", "10835-7", "Lipoprotein a [Mass/volume] in Serum or Plasma", "2026-03-01")
                                .quantity("80", "mg/dL")
                                .flagged("H")
                                .json()),
                Agenda.empty(),
                List.of(new Expected(
                        "lipoprotein(a) 80 mg/dL flagged high",
                        MustMention.Reason.OUT_OF_RANGE,
                        result("10835-7"),
                        List.of("80 mg/dL", "flagged as high by your laboratory"),
                        List.of("80 mg/dL", "signalé comme élevé par votre laboratoire"))),
                List.of(),
                List.of());
    }

    static Case recordRangeDisagreesWithTheCatalogue() {
        return new Case(
                "the laboratory's range disagrees with the catalogue's, both ways",
                record(
                        "own-ranges",
                        lab("alt", "1742-6", "ALT", "2026-03-01")
                                .quantity("50", "U/L")
                                .range("7", "40", "U/L")
                                .json(),
                        lab("tsh", "3016-3", "TSH", "2026-03-01")
                                .quantity("4.6", "m[IU]/L")
                                .range("0.5", "5.0", "m[IU]/L")
                                .json()),
                Agenda.empty(),
                List.of(new Expected(
                        "ALT 50 above the laboratory's 7 to 40 (within the catalogue's 7 to 55)",
                        MustMention.Reason.OUT_OF_RANGE,
                        result("1742-6"),
                        List.of("50 U/L", "above the range your laboratory gave", "7 to 40 U/L"),
                        List.of("50 U/L", "au-dessus des valeurs de votre laboratoire", "de 7 à 40 U/L"))),
                List.of(new Expected(
                        "TSH 4.6 within the laboratory's 0.5 to 5 (above the catalogue's 0.4 to 4)",
                        null,
                        result("3016-3"),
                        List.of(),
                        List.of())),
                List.of());
    }

    static Case comparators() {
        return new Case(
                "values with comparators: above, below, and undecided",
                record(
                        "comparators",
                        lab("glucose", "2345-7", "Glucose", "2026-03-01")
                                .bounded(">", "600", "mg/dL")
                                .range("70", "200", "mg/dL")
                                .json(),
                        lab("tsh", "3016-3", "TSH", "2026-03-01")
                                .bounded("<", "0.35", "m[IU]/L")
                                .range("0.4", "4.0", "m[IU]/L")
                                .json(),
                        lab("crp", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-03-01")
                                .bounded("<", "5", "mg/L")
                                .range("2", "10", "mg/L")
                                .json()),
                Agenda.empty(),
                List.of(
                        new Expected(
                                "glucose above 600 mg/dL: above 200, and beyond the critical 450",
                                MustMention.Reason.CRITICAL_VALUE,
                                result("2345-7"),
                                List.of("more than 600 mg/dL", "critical"),
                                List.of("plus de 600 mg/dL", "critique")),
                        new Expected(
                                "TSH below 0.35: below the low limit 0.4",
                                MustMention.Reason.OUT_OF_RANGE,
                                result("3016-3"),
                                List.of("less than 0.35 mIU/L", "below"),
                                List.of("moins de 0,35 mUI/L", "en dessous"))),
                List.of(new Expected(
                        "CRP below 5 against 2 to 10: cannot be decided",
                        null,
                        result("1988-5"),
                        List.of(),
                        List.of())),
                List.of());
    }

    static Case anUndecidedValueAskedAbout() {
        return new Case(
                "a TSH below 5, against 0.4 to 4, that the patient asks about",
                record(
                        "undecided",
                        lab("tsh", "3016-3", "TSH", "2026-03-01")
                                .bounded("<", "5", "m[IU]/L")
                                .range("0.4", "4.0", "m[IU]/L")
                                .json()),
                Agenda.of(AgendaItem.question("Is my thyroid all right?")),
                List.of(),
                List.of(new Expected("TSH below 5: either side of 4", null, result("3016-3"), List.of(), List.of())),
                List.of(new Expected(
                        "TSH below 5, said to be undecidable",
                        null,
                        result("3016-3"),
                        List.of("less than 5 mIU/L", "which cannot be placed against the range your laboratory gave"),
                        List.of("moins de 5 mUI/L", "qui ne peut être situé par rapport aux valeurs de référence"))));
    }

    static Case qualitativeResults() {
        return new Case(
                "a positive blood culture, a detected virus, a negative one",
                record(
                        "qualitative",
                        lab("culture", "600-7", "Bacteria identified in Blood by Culture", "2026-02-02")
                                .coded("10828004", "Positive")
                                .json(),
                        lab("covid", "94500-6", "SARS-CoV-2 RNA [Presence] in Respiratory specimen", "2026-02-03")
                                .coded("260373001", "Detected")
                                .flagged("DET")
                                .json(),
                        lab("flu", "92142-9", "Influenza virus A RNA [Presence] in Respiratory specimen", "2026-02-03")
                                .coded("260385009", "Negative")
                                .json()),
                Agenda.empty(),
                List.of(
                        new Expected(
                                "blood culture positive",
                                MustMention.Reason.ABNORMAL_RESULT,
                                result("600-7"),
                                List.of("Positive", "2 February 2026"),
                                List.of("Positive", "2 février 2026")),
                        new Expected(
                                "SARS-CoV-2 detected",
                                MustMention.Reason.ABNORMAL_RESULT,
                                result("94500-6"),
                                List.of("Detected", "flagged as detected by your laboratory"),
                                List.of("Detected", "signalé comme détecté par votre laboratoire"))),
                List.of(new Expected("influenza negative", null, result("92142-9"), List.of(), List.of())),
                List.of());
    }

    static Case medicinesOnHoldCancelledInError() {
        return new Case(
                "medicines put on hold, cancelled and entered in error",
                record(
                        "medicine-statuses",
                        medicationRequest(
                                "lisinopril",
                                "314076",
                                "lisinopril 10 MG Oral Tablet",
                                "on-hold",
                                "2026-02-01",
                                "Take 1 tablet daily",
                                null),
                        medicationRequest(
                                "amoxicillin",
                                "308182",
                                "Amoxicillin 500 MG Oral Capsule",
                                "cancelled",
                                "2026-02-10",
                                "Take 1 capsule three times daily",
                                null),
                        medicationRequest(
                                "atorvastatin",
                                "617312",
                                "atorvastatin 20 MG Oral Tablet",
                                "entered-in-error",
                                "2026-03-01",
                                "Take 1 tablet at night",
                                null)),
                Agenda.empty(),
                List.of(
                        medicine(
                                MedicationEvent.ON_HOLD,
                                "lisinopril",
                                List.of("on hold", "1 February 2026"),
                                List.of("suspendu", "1er février 2026")),
                        medicine(
                                MedicationEvent.CANCELLED,
                                "Amoxicillin",
                                List.of("cancelled", "10 February 2026"),
                                List.of("annulé", "10 février 2026")),
                        medicine(
                                MedicationEvent.ENTERED_IN_ERROR,
                                "atorvastatin",
                                List.of("entered in error", "1 March 2026"),
                                List.of("saisi par erreur", "1er mars 2026"))),
                List.of(),
                List.of());
    }

    static Case structuredDoseChangeWithTheSameText() {
        return new Case(
                "a dose doubled in its structure while the text stayed the same",
                record(
                        "dose-change",
                        medicationRequest(
                                "metformin-1",
                                "860975",
                                "Metformin hydrochloride 500 MG Oral Tablet",
                                "completed",
                                "2025-09-01",
                                "Take as directed",
                                "1"),
                        medicationRequest(
                                "metformin-2",
                                "860975",
                                "Metformin hydrochloride 500 MG Oral Tablet",
                                "active",
                                "2026-02-01",
                                "Take as directed",
                                "2")),
                Agenda.empty(),
                List.of(
                        medicine(
                                MedicationEvent.DOSAGE_CHANGED,
                                "Metformin",
                                List.of("dose 2 tablet", "dose 1 tablet", "1 February 2026"),
                                List.of("dose 2 tablet", "dose 1 tablet", "1er février 2026")),
                        medicine(
                                MedicationEvent.STARTED,
                                "Metformin",
                                List.of("1 September 2025"),
                                List.of("1er septembre 2025"))),
                List.of(),
                List.of());
    }

    static Case newAllergy() {
        return new Case(
                "a new peanut allergy, and a refuted penicillin one",
                record(
                        "allergies",
                        allergy("peanut", "762952008", "Peanut (substance)", "2026-01-05", "confirmed", "Hives"),
                        allergy("penicillin", "764146007", "Penicillin (substance)", "2026-01-06", "refuted", "Rash")),
                Agenda.empty(),
                List.of(new Expected(
                        "peanut allergy recorded on 5 January",
                        MustMention.Reason.NEW_ALLERGY,
                        fact -> fact instanceof AllergyFact allergy
                                && allergy.substance().startsWith("Peanut"),
                        List.of("Peanut (substance)", "5 January 2026", "Hives"),
                        List.of("Peanut (substance)", "5 janvier 2026", "Hives"))),
                List.of(new Expected(
                        "refuted penicillin allergy",
                        null,
                        fact -> fact instanceof AllergyFact allergy
                                && allergy.substance().startsWith("Penicillin"),
                        List.of(),
                        List.of())),
                List.of());
    }

    static Case twoCodesOfOneAnalyte() {
        return new Case(
                "creatinine in blood (38483-4) then in serum (2160-0): one series",
                record(
                        "creatinine",
                        lab("cr-blood", "38483-4", "Creatinine [Mass/volume] in Blood", "2025-09-01")
                                .quantity("1.0", "mg/dL")
                                .json(),
                        lab("cr-serum", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-03-01")
                                .quantity("2.1", "mg/dL")
                                .json()),
                Agenda.empty(),
                List.of(new Expected(
                        "creatinine 2.1 after 1.0 under the other code",
                        MustMention.Reason.OUT_OF_RANGE,
                        fact -> fact instanceof ResultFact result
                                && result.code().endsWith("|2160-0")
                                && result.previous() != null
                                && result.previous().value().compareTo(java.math.BigDecimal.ONE) == 0,
                        List.of("Creatinine: 2.1 mg/dL"),
                        List.of("Créatinine\u00a0: 2,1 mg/dL"))),
                List.of(),
                List.of());
    }

    static Case dataFromYearsBeforeTheWindow() {
        return new Case(
                "an LDL and a critical potassium from years before the window, asked about",
                record(
                        "old-data",
                        lab("ldl", "18262-6", "LDL cholesterol", "2021-06-01")
                                .quantity("190", "mg/dL")
                                .flagged("H")
                                .json(),
                        lab("k-old", "6298-4", "Potassium", "2022-02-01")
                                .quantity("6.9", "mmol/L")
                                .json(),
                        condition("ckd", "431855005", "Chronic kidney disease stage 1 (disorder)", "2019-01-01")),
                Agenda.of(
                        AgendaItem.question("Is my cholesterol still high?"),
                        AgendaItem.concern("My kidneys and my potassium")),
                List.of(),
                List.of(
                        new Expected("an LDL of 2021", null, result("18262-6"), List.of(), List.of()),
                        new Expected("a critical potassium of 2022", null, result("6298-4"), List.of(), List.of())),
                List.of(new Expected(
                        "the LDL of 2021 with its age at the visit",
                        null,
                        result("18262-6"),
                        List.of("1 June 2021 (4 years before this visit)"),
                        List.of("1er juin 2021 (4 ans avant cette consultation)"))));
    }

    private static Expected medicine(MedicationEvent event, String name, List<String> english, List<String> french) {
        return new Expected(
                name + " " + event,
                MustMention.Reason.MEDICINE_CHANGE,
                fact -> fact instanceof MedicationFact medication
                        && medication.event() == event
                        && medication.medicine().startsWith(name),
                english,
                french);
    }

    /** A result fact about the code: its latest value's own code. */
    public static Predicate<Fact> result(String loinc) {
        return fact -> fact instanceof ResultFact result && result.code().equals(FhirResources.LOINC + "|" + loinc);
    }

    /** The case's record: a patient born in 1958 and the case's resources, imported as one FHIR file. */
    private static InMemoryPatientRecord record(String name, String... resources) {
        List<String> entries = new ArrayList<>();
        entries.add(patient("crafted", "female", "1958-04-02"));
        entries.addAll(List.of(resources));
        if (!(Imports.text(name + ".json", CraftedPatient.collection(entries), SourceKind.FHIR)
                instanceof ImportResult imported)) {
            throw new IllegalStateException("the crafted case " + name + " does not import");
        }
        return InMemoryPatientRecord.of(
                UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "FHIR file " + name + ".json",
                imported.entries());
    }
}
