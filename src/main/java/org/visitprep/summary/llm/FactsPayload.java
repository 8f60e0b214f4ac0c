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
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/**
 * The de-identified facts payload sent to the model: the summary's language, the patient's administrative sex and
 * age band, and the facts by id with their values, units and dates. Decisions:
 * <ul>
 *   <li>No name, identifier, address, contact, portal or record id, and no birth date: none is in the facts, and
 *       the age goes as a ten-year band ("90+" from 90). Entry ids stay home: the model cites fact ids only.</li>
 *   <li>Dates of results, medicines and encounters go as they are, not shifted: the sentences must state them and
 *       the verifier must match them, and a clinician reads them. Without any identifier they do not point to a
 *       person; this is de-identification of direct identifiers, not HIPAA Safe Harbor (which removes dates).</li>
 *   <li>Free text (the patient's agenda, names the record gives) goes through {@link Deidentifier}; agenda text goes
 *       as a JSON string value under {@code patientWords}, which the system prompt declares data, never
 *       instructions.</li>
 *   <li>Numbers go as decimal strings rounded to the precision they may be shown with.</li>
 * </ul>
 */
final class FactsPayload {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FactsPayload() {}

    static String of(FactsSnapshot snapshot, Locale locale) {
        ObjectNode root = JSON.createObjectNode();
        root.put("language", locale.getLanguage());
        ObjectNode patient = root.putObject("patient");
        patient.put("administrativeSex", snapshot.sex());
        patient.put("ageBand", snapshot.ageBand());
        ArrayNode mustMention = root.putArray("mustMention");
        snapshot.mustMention().forEach(must -> mustMention.add(must.factId()));
        ArrayNode facts = root.putArray("facts");
        for (Fact fact : snapshot.facts()) {
            facts.add(describe(fact, locale));
        }
        return root.toPrettyString();
    }

    private static ObjectNode describe(Fact fact, Locale locale) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", fact.id());
        switch (fact) {
            case AgendaItemFact item -> {
                node.put("type", "agenda-item");
                node.put("kind", item.kind().name().toLowerCase(Locale.ROOT));
                node.put("patientWords", Deidentifier.scrub(item.text()));
                ArrayNode linked = node.putArray("linkedFacts");
                item.linkedFactIds().forEach(linked::add);
            }
            case ResultFact result -> {
                node.put("type", "result");
                node.put("test", Deidentifier.scrub(result.name().in(locale)));
                reading(node, result.latest(), locale);
                if (result.previous() != null) {
                    reading(node.putObject("previous"), result.previous(), locale);
                }
                if (result.range() != null) {
                    range(node.putObject("range"), result.range(), locale);
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
                    result.earlierCritical()
                            .forEach(earlier -> reading(critical.addObject(), earlier.reading(), locale));
                }
                beforeVisit(node, result.beforeWindow());
                ArrayNode reasons = node.putArray("shownBecause");
                result.reasons().forEach(reason -> reasons.add(reason.name().toLowerCase(Locale.ROOT)));
            }
            case MedicationFact medication -> {
                node.put("type", "medication");
                node.put("event", medication.event().name().toLowerCase(Locale.ROOT));
                node.put("medicine", Deidentifier.scrub(medication.medicine()));
                node.put("date", medication.date().toString());
                node.put("status", medication.status());
                node.put("dosageAsWritten", Deidentifier.scrub(medication.dosage()));
                node.put("previousDosageAsWritten", Deidentifier.scrub(medication.previousDosage()));
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
                node.put("condition", Deidentifier.scrub(condition.condition()));
                node.put("onset", condition.onset().toString());
                node.put("clinicalStatus", condition.clinicalStatus());
            }
            case EncounterFact encounter -> {
                node.put("type", "encounter");
                node.put("setting", encounter.setting().name().toLowerCase(Locale.ROOT));
                node.put("encounterType", Deidentifier.scrub(encounter.encounterType()));
                node.put("start", encounter.start().toString());
                putDate(node, "end", encounter.end());
                node.put("reason", Deidentifier.scrub(encounter.reason()));
            }
            case AllergyFact allergy -> {
                node.put("type", "allergy");
                node.put("substance", Deidentifier.scrub(allergy.substance()));
                node.put("date", allergy.date().toString());
                node.put("criticality", allergy.criticality());
                ArrayNode reactions = node.putArray("reactions");
                allergy.reactions().forEach(reaction -> reactions.add(Deidentifier.scrub(reaction)));
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
                list.shown().forEach(item -> items.add(Deidentifier.scrub(item)));
                node.put("total", list.total());
            }
        }
        return node;
    }

    private static void beforeVisit(ObjectNode node, List<TimeBeforeVisit> before) {
        if (!before.isEmpty()) {
            ArrayNode dates = node.putArray("datesBeforeTheWindow");
            for (TimeBeforeVisit age : before) {
                ObjectNode date = dates.addObject();
                date.put("date", age.date().toString());
                date.put("beforeThisVisit", age.amount());
                date.put("unit", age.unit().name().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static void reading(ObjectNode node, Reading reading, Locale locale) {
        if (reading.value() == null) {
            node.put("valueInWords", Deidentifier.scrub(reading.text()));
            node.put("date", reading.date().toString());
            return;
        }
        if (reading.comparator() != null) {
            node.put("comparator", reading.comparator());
        }
        node.put("value", plain(reading.value(), reading.scale()));
        node.put("unit", Units.shown(reading.unit(), reading.ucum(), locale));
        node.put("date", reading.date().toString());
    }

    private static void range(ObjectNode node, RangeUsed range, Locale locale) {
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
        node.put("source", range.sourceName());
    }

    private static void average(ObjectNode node, Average average, int scale) {
        node.put("average", plain(average.value(), scale));
        node.put("from", average.from().toString());
        node.put("to", average.to().toString());
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date != null) {
            node.put(field, date.toString());
        }
    }

    private static String plain(BigDecimal value, int scale) {
        return Numbers.rounded(value, scale).toPlainString();
    }
}
