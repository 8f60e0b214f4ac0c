package org.visitprep.summary.grounded;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.AllergyFact;
import org.visitprep.summary.facts.Average;
import org.visitprep.summary.facts.ConditionFact;
import org.visitprep.summary.facts.Dose;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.EncounterSetting;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.PatientContextFact;
import org.visitprep.summary.facts.RecordListFact;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.WellnessTrendFact;

/**
 * Words one plain sentence about a fact, for one audience's phrasebook: the full form, the short form a fact takes
 * under "needs attention" (about a line), and the plainest true form (name, value and date) that stands in for a
 * refused sentence. Every date before the summary's window carries its age at the visit.
 */
final class FactWording {

    private final Phrasebook phrases;
    private final ResultWording results;

    FactWording(Phrasebook phrases) {
        this.phrases = phrases;
        this.results = new ResultWording(phrases);
    }

    String about(Fact fact) {
        return switch (fact) {
            case AgendaItemFact item -> phrases.phrase("agenda." + item.kind(), item.text());
            case ResultFact result -> results.full(result);
            case MedicationFact medication -> medication(medication, false);
            case WellnessTrendFact trend -> trend(trend);
            case ConditionFact condition ->
                phrases.phrase(
                        "condition.new",
                        condition.condition(),
                        phrases.date(condition, condition.onset()),
                        status("condition.status", condition.clinicalStatus()));
            case EncounterFact encounter -> encounter(encounter);
            case AllergyFact allergy -> allergy(allergy);
            case PatientContextFact context -> context(context);
            case RecordListFact list -> list(list);
        };
    }

    /** The short form under "needs attention": one line where the record allows. */
    String attention(Fact fact) {
        return switch (fact) {
            case ResultFact result -> results.attention(result);
            case MedicationFact medication -> medication(medication, true);
            case ConditionFact condition ->
                phrases.phrase(
                        "attention.condition", condition.condition(), phrases.date(condition, condition.onset()));
            default -> about(fact);
        };
    }

    /** An agenda item with no data linked to it says so in the same sentence. */
    String aloneOnAgenda(AgendaItemFact item) {
        return phrases.phrase("agenda." + item.kind(), item.text()) + " " + phrases.phrase("agenda.nothing.linked");
    }

    /** The fact's name, value and date, or its name and date, with no comparison: the plainest true sentence. */
    String plain(Fact fact) {
        return switch (fact) {
            case ResultFact result -> results.plain(result);
            case AgendaItemFact item -> phrases.phrase("agenda." + item.kind(), item.text());
            case PatientContextFact context -> context(context);
            case RecordListFact list -> list(list);
            default ->
                phrases.phrase(
                        "plain.entry",
                        fact.verbatim().isEmpty() ? "" : fact.verbatim().getFirst(),
                        fact.dates().isEmpty()
                                ? ""
                                : phrases.date(fact, fact.dates().getFirst()));
        };
    }

    private String medication(MedicationFact medication, boolean brief) {
        String date = phrases.date(medication, medication.date());
        return switch (medication.event()) {
            case STARTED ->
                phrases.phrase(
                        "medication.STARTED",
                        medication.medicine(),
                        date,
                        brief || medication.dosage() == null
                                ? ""
                                : phrases.phrase("medication.dosage", medication.dosage()));
            case STOPPED, MARKED_STOPPED, ON_HOLD, CANCELLED, ENTERED_IN_ERROR ->
                phrases.phrase("medication." + medication.event(), medication.medicine(), date);
            case DOSAGE_CHANGED ->
                medication.isStructuredChangeOnly() || medication.dosage() == null
                        ? phrases.phrase(
                                "medication.DOSAGE_CHANGED.structured",
                                medication.medicine(),
                                date,
                                doses(medication.doses()),
                                doses(medication.previousDoses()))
                        : phrases.phrase(
                                "medication.DOSAGE_CHANGED",
                                medication.medicine(),
                                date,
                                medication.dosage(),
                                medication.previousDosage());
            case LISTED ->
                phrases.phrase(
                        "medication.LISTED",
                        medication.medicine(),
                        date,
                        status("medication.status", medication.status()));
        };
    }

    /** A structured dosage in our words: "dose 2 tablets, 2 per day, Oral route, as needed". */
    private String doses(List<Dose> doses) {
        if (doses.isEmpty()) {
            return phrases.phrase("dose.none");
        }
        return doses.stream().map(this::dose).collect(Collectors.joining(phrases.phrase("list.separator")));
    }

    private String dose(Dose dose) {
        StringBuilder words = new StringBuilder();
        if (dose.amount() != null) {
            String unit = dose.unit() == null ? "" : " " + dose.unit();
            words.append(phrases.phrase("dose.amount", number(dose.amount()) + unit));
        }
        if (dose.frequency() != null && dose.periodUnit() != null) {
            boolean everyOne = dose.period() == null || dose.period().compareTo(BigDecimal.ONE) == 0;
            String per = everyOne
                    ? phrases.phraseOr("dose.per." + dose.periodUnit(), dose.periodUnit())
                    : phrases.phrase(
                            "dose.perMany",
                            number(dose.period()),
                            phrases.phraseOr("dose.units." + dose.periodUnit(), dose.periodUnit()));
            append(words, phrases.phrase("dose.frequency", dose.frequency(), per));
        }
        if (dose.route() != null) {
            append(words, dose.route());
        }
        if (Boolean.TRUE.equals(dose.asNeeded())) {
            append(words, phrases.phrase("dose.asNeeded"));
        }
        return words.isEmpty() ? phrases.phrase("dose.none") : words.toString();
    }

    private static void append(StringBuilder words, String part) {
        if (!words.isEmpty()) {
            words.append(", ");
        }
        words.append(part);
    }

    private String number(BigDecimal value) {
        return phrases.number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    private String status(String phrase, String status) {
        if (status == null || status.isBlank()) {
            return "";
        }
        return phrases.phrase(phrase, phrases.phraseOr("status." + status, status));
    }

    private String encounter(EncounterFact encounter) {
        String reason = encounter.reason() == null ? "" : phrases.phrase("encounter.reason", encounter.reason());
        String start = phrases.date(encounter, encounter.start());
        if (encounter.setting() == EncounterSetting.EMERGENCY) {
            return phrases.phrase("encounter.EMERGENCY", start, encounter.encounterType(), reason);
        }
        if (encounter.end() == null) {
            return phrases.phrase("encounter.HOSPITAL_STAY.open", start, encounter.encounterType(), reason);
        }
        return phrases.phrase(
                "encounter.HOSPITAL_STAY",
                start,
                phrases.date(encounter, encounter.end()),
                encounter.encounterType(),
                reason);
    }

    private String allergy(AllergyFact allergy) {
        String reactions = allergy.reactions().isEmpty()
                ? ""
                : phrases.phrase(
                        "allergy.reactions", String.join(phrases.phrase("list.separator"), allergy.reactions()));
        return phrases.phrase("allergy.new", allergy.substance(), phrases.date(allergy, allergy.date()), reactions);
    }

    private String context(PatientContextFact context) {
        String sex = context.sex() == null ? null : phrases.phraseOr("sex." + context.sex(), context.sex());
        if (context.age() == null) {
            return phrases.phrase("glance.sex", sex);
        }
        if (sex == null) {
            return phrases.phrase("glance.age", context.age());
        }
        return phrases.phrase("glance.context", context.age(), sex);
    }

    private String list(RecordListFact list) {
        String items = String.join(phrases.phrase("list.separator"), list.shown());
        String more = list.notShown() == 0 ? "" : phrases.phrase("glance.more", list.notShown());
        return phrases.phrase("glance." + list.kind(), items, more);
    }

    private String trend(WellnessTrendFact trend) {
        Average before = trend.before();
        Average recent = trend.recent();
        int scale = trend.measure().scale();
        return phrases.phrase(
                "wellness.trend",
                phrases.phrase("wellness." + trend.measure()),
                phrases.quantity(before.value(), scale, trend.unit(), trend.ucum()),
                phrases.date(trend, before.from()),
                phrases.date(trend, before.to()),
                phrases.quantity(recent.value(), scale, trend.unit(), trend.ucum()),
                phrases.date(trend, recent.from()),
                phrases.date(trend, recent.to()));
    }
}
