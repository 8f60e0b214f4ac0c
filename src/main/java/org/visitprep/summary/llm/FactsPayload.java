package org.visitprep.summary.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.AllergyFact;
import org.visitprep.summary.facts.Average;
import org.visitprep.summary.facts.ConditionFact;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.PatientContextFact;
import org.visitprep.summary.facts.RangeBasis;
import org.visitprep.summary.facts.RangeUsed;
import org.visitprep.summary.facts.Reading;
import org.visitprep.summary.facts.RecordListFact;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.TimeBeforeVisit;
import org.visitprep.summary.facts.WellnessTrendFact;
import org.visitprep.summary.wording.DateTokens;
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/**
 * The de-identified facts payload sent to the model: the summary's language, the patient's administrative sex and
 * age band, and the facts by id with their values, units and dates. Decisions:
 * <ul>
 *   <li>No name, identifier, address, contact, portal or record id, and no birth date: none is in the facts, and
 *       the age goes as a ten-year band ("90+" from 90). Entry ids stay home: the model cites fact ids only.</li>
 *   <li>No exact date: every date goes as its {@linkplain DateTokens token}, the days from the visit ("D-17"), and
 *       the visit's own date is not sent. A sentence names a date by its token in brackets; the engine writes the
 *       date out afterwards, and only for the dates of the facts the sentence cites.</li>
 *   <li>Free text (the patient's agenda, names and texts the record gives) goes through the {@link Deidentifier}:
 *       the names, addresses, contacts and identifiers of the record's Patient resources and of the account, and
 *       whatever the patterns find, become placeholders ("[name]", "[date]"). Agenda text goes as a JSON string value
 *       under {@code patientWords}, which the system prompt declares data, never instructions.</li>
 *   <li>Numbers go as decimal strings rounded to the precision they may be shown with.</li>
 * </ul>
 */
final class FactsPayload {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FactsSnapshot snapshot;
    private final Locale locale;
    private final Deidentifier deidentifier;
    private final LocalDate visitDay;

    private FactsPayload(FactsSnapshot snapshot, Locale locale, Deidentifier deidentifier) {
        this.snapshot = snapshot;
        this.locale = locale;
        this.deidentifier = deidentifier;
        this.visitDay = snapshot.window().to();
    }

    static String of(FactsSnapshot snapshot, Locale locale, Deidentifier deidentifier) {
        return new FactsPayload(snapshot, locale, deidentifier).json();
    }

    private String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("language", locale.getLanguage());
        ObjectNode window = root.putObject("window");
        window.put("from", token(snapshot.window().from()));
        window.put("to", token(visitDay));
        ObjectNode patient = root.putObject("patient");
        patient.put("administrativeSex", snapshot.sex());
        patient.put("ageBand", snapshot.ageBand());
        ArrayNode mustMention = root.putArray("mustMention");
        snapshot.mustMention().forEach(must -> mustMention.add(must.factId()));
        ArrayNode facts = root.putArray("facts");
        for (Fact fact : snapshot.facts()) {
            facts.add(describe(fact));
        }
        return root.toPrettyString();
    }

    private ObjectNode describe(Fact fact) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", fact.id());
        switch (fact) {
            case AgendaItemFact item -> {
                node.put("type", "agenda-item");
                node.put("kind", item.kind().name().toLowerCase(Locale.ROOT));
                node.put("patientWords", text(item.text()));
                ArrayNode linked = node.putArray("linkedFacts");
                item.linkedFactIds().forEach(linked::add);
            }
            case ResultFact result -> result(node, result);
            case MedicationFact medication -> {
                node.put("type", "medication");
                node.put("event", medication.event().name().toLowerCase(Locale.ROOT));
                node.put("medicine", text(medication.medicine()));
                node.put("date", token(medication.date()));
                node.put("status", medication.status());
                node.put("dosageAsWritten", text(medication.dosage()));
                node.put("previousDosageAsWritten", text(medication.previousDosage()));
                if (!medication.doses().isEmpty()) {
                    ArrayNode doses = node.putArray("structuredDosage");
                    medication.doses().forEach(dose -> doses.addPOJO(dose));
                    ArrayNode before = node.putArray("previousStructuredDosage");
                    medication.previousDoses().forEach(dose -> before.addPOJO(dose));
                }
                beforeVisit(node, medication.beforeWindow());
            }
            case WellnessTrendFact trend -> {
                node.put("type", "wellness-trend");
                node.put("measure", trend.measure().name().toLowerCase(Locale.ROOT));
                node.put("unit", Units.shown(trend.unit(), trend.ucum(), locale));
                average(
                        node.putObject("earlierPeriod"),
                        trend.before(),
                        trend.measure().scale());
                average(
                        node.putObject("recentPeriod"),
                        trend.recent(),
                        trend.measure().scale());
            }
            case ConditionFact condition -> {
                node.put("type", "condition");
                node.put("condition", text(condition.condition()));
                node.put("onset", token(condition.onset()));
                node.put("clinicalStatus", condition.clinicalStatus());
            }
            case EncounterFact encounter -> {
                node.put("type", "encounter");
                node.put("setting", encounter.setting().name().toLowerCase(Locale.ROOT));
                node.put("encounterType", text(encounter.encounterType()));
                node.put("start", token(encounter.start()));
                if (encounter.end() != null) {
                    node.put("end", token(encounter.end()));
                }
                node.put("reason", text(encounter.reason()));
            }
            case AllergyFact allergy -> {
                node.put("type", "allergy");
                node.put("substance", text(allergy.substance()));
                node.put("date", token(allergy.date()));
                node.put("criticality", allergy.criticality());
                ArrayNode reactions = node.putArray("reactions");
                allergy.reactions().forEach(reaction -> reactions.add(text(reaction)));
            }
            case PatientContextFact context -> {
                node.put("type", "patient-context");
                // the exact age stays home: the model reads the ten-year band under "patient"
                node.put("age", "the patient's ageBand");
                node.put("administrativeSex", context.sex());
            }
            case RecordListFact list -> {
                node.put("type", "record-list");
                node.put("list", list.kind().name().toLowerCase(Locale.ROOT));
                ArrayNode items = node.putArray("items");
                list.shown().forEach(item -> items.add(text(item)));
                node.put("total", list.total());
            }
        }
        return node;
    }

    private void result(ObjectNode node, ResultFact result) {
        node.put("type", "result");
        node.put("test", text(result.name().in(locale)));
        reading(node, result.latest());
        if (result.previous() != null) {
            reading(node.putObject("previous"), result.previous());
        }
        if (result.range() != null) {
            range(node.putObject("range"), result.range());
            node.put(
                    "comparedWithRange",
                    switch (result.flag()) {
                        case HIGH, CRITICAL_HIGH -> "above";
                        case LOW, CRITICAL_LOW -> "below";
                        case NORMAL -> "within";
                        case ABNORMAL, CRITICAL_ABNORMAL -> "flagged abnormal";
                        case UNKNOWN -> "not compared";
                    });
        }
        if (result.isFlaggedByLaboratory()) {
            node.put("flaggedByTheLaboratory", result.laboratoryFlag());
        }
        if (result.flag().isCritical()) {
            node.put("criticalLevel", true);
        }
        if (!result.earlierCritical().isEmpty()) {
            ArrayNode critical = node.putArray("earlierCriticalValues");
            result.earlierCritical().forEach(earlier -> reading(critical.addObject(), earlier.reading()));
        }
        beforeVisit(node, result.beforeWindow());
        ArrayNode judgements = node.putArray("recordSupports");
        result.judgements().forEach(judgement -> judgements.add(judgement.name().toLowerCase(Locale.ROOT)));
        ArrayNode reasons = node.putArray("shownBecause");
        result.reasons().forEach(reason -> reasons.add(reason.name().toLowerCase(Locale.ROOT)));
    }

    /** The dates before the window a fact states, each with how long before the visit it was. */
    private void beforeVisit(ObjectNode node, List<TimeBeforeVisit> before) {
        if (!before.isEmpty()) {
            ArrayNode dates = node.putArray("datesBeforeTheWindow");
            for (TimeBeforeVisit age : before) {
                ObjectNode date = dates.addObject();
                date.put("date", token(age.date()));
                date.put("beforeThisVisit", age.amount());
                date.put("unit", age.unit().name().toLowerCase(Locale.ROOT));
            }
        }
    }

    private void reading(ObjectNode node, Reading reading) {
        if (reading.value() == null) {
            node.put("valueInWords", text(reading.text()));
            node.put("date", token(reading.date()));
            return;
        }
        if (reading.comparator() != null) {
            node.put("comparator", reading.comparator());
        }
        node.put("value", plain(reading.value(), reading.scale()));
        node.put("unit", Units.shown(reading.unit(), reading.ucum(), locale));
        node.put("date", token(reading.date()));
    }

    private void range(ObjectNode node, RangeUsed range) {
        if (range.low() != null) {
            node.put("low", range.low().toPlainString());
            node.put("lowIncluded", range.lowInclusive());
        }
        if (range.high() != null) {
            node.put("high", range.high().toPlainString());
            node.put("highIncluded", range.highInclusive());
        }
        node.put("unit", Units.shown(null, range.unit(), locale));
        node.put(
                "basis",
                range.basis() == RangeBasis.RECORD
                        ? "the laboratory's own range"
                        : "general adult range (not the laboratory's)");
        node.put("source", text(range.sourceName()));
    }

    private void average(ObjectNode node, Average average, int scale) {
        node.put("average", plain(average.value(), scale));
        node.put("from", token(average.from()));
        node.put("to", token(average.to()));
    }

    private String token(LocalDate date) {
        return DateTokens.of(date, visitDay);
    }

    private String text(String text) {
        return deidentifier.scrub(text);
    }

    private static String plain(BigDecimal value, int scale) {
        return Numbers.rounded(value, scale).toPlainString();
    }
}
