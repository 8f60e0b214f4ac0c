package org.visitprep.summary.grounded;

import java.math.BigDecimal;
import org.visitprep.lab.LabFlag;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.Average;
import org.visitprep.summary.facts.ConditionFact;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.EncounterSetting;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.RangeUsed;
import org.visitprep.summary.facts.Reading;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.WellnessTrendFact;

/** Words one plain sentence about a fact, for one audience's phrasebook. */
final class FactWording {

    private final Phrasebook phrases;

    FactWording(Phrasebook phrases) {
        this.phrases = phrases;
    }

    String about(Fact fact) {
        return switch (fact) {
            case AgendaItemFact item -> phrases.phrase("agenda." + item.kind(), item.text());
            case ResultFact result -> result(result);
            case MedicationFact medication -> medication(medication);
            case WellnessTrendFact trend -> trend(trend);
            case ConditionFact condition ->
                phrases.phrase(
                        "condition.new",
                        condition.condition(),
                        phrases.date(condition.onset()),
                        status("condition.status", condition.clinicalStatus()));
            case EncounterFact encounter -> encounter(encounter);
        };
    }

    String nothingLinked() {
        return phrases.phrase("agenda.nothing.linked");
    }

    /** The fact's name, value and date, or its name and date, with no comparison: the plainest true sentence. */
    String plain(Fact fact) {
        return switch (fact) {
            case ResultFact result ->
                phrases.phrase(
                        "plain.reading",
                        result.name().in(phrases.locale()),
                        reading(result.latest()),
                        phrases.date(result.latest().date()));
            case AgendaItemFact item -> phrases.phrase("agenda." + item.kind(), item.text());
            default ->
                phrases.phrase(
                        "plain.entry",
                        fact.verbatim().isEmpty() ? "" : fact.verbatim().getFirst(),
                        fact.dates().isEmpty() ? "" : phrases.date(fact.dates().getFirst()));
        };
    }

    private String result(ResultFact result) {
        Reading latest = result.latest();
        String range = "";
        if (result.range() != null && result.flag() != LabFlag.UNKNOWN) {
            String side = switch (result.flag()) {
                case HIGH, CRITICAL_HIGH -> "HIGH";
                case LOW, CRITICAL_LOW -> "LOW";
                default -> "NORMAL";
            };
            range = phrases.phrase(
                    "result." + side + "." + result.range().basis(),
                    range(result.range()),
                    result.range().sourceName());
        }
        String previous = result.previous() == null
                ? ""
                : phrases.phrase(
                        "result.previous",
                        reading(result.previous()),
                        phrases.date(result.previous().date()));
        return phrases.phrase(
                "result.reading",
                result.name().in(phrases.locale()),
                reading(latest),
                phrases.date(latest.date()),
                range,
                previous);
    }

    private String reading(Reading reading) {
        return phrases.quantity(reading.value(), reading.scale(), reading.unit(), reading.ucum());
    }

    private String range(RangeUsed range) {
        String low = range.low() == null ? null : limit(range, range.low(), range.high() == null);
        String high = range.high() == null ? null : limit(range, range.high(), true);
        if (low != null && high != null) {
            return phrases.phrase("range.between", low, high);
        }
        if (low != null) {
            return phrases.phrase(range.lowInclusive() ? "range.atLeast" : "range.above", low);
        }
        return phrases.phrase(range.highInclusive() ? "range.atMost" : "range.below", high);
    }

    private String limit(RangeUsed range, BigDecimal value, boolean withUnit) {
        int scale = Math.max(0, value.stripTrailingZeros().scale());
        return withUnit ? phrases.quantity(value, scale, null, range.unit()) : phrases.number(value, scale);
    }

    private String medication(MedicationFact medication) {
        String date = phrases.date(medication.date());
        return switch (medication.event()) {
            case STARTED ->
                phrases.phrase(
                        "medication.STARTED",
                        medication.medicine(),
                        date,
                        medication.dosage() == null ? "" : phrases.phrase("medication.dosage", medication.dosage()));
            case STOPPED, MARKED_STOPPED ->
                phrases.phrase("medication." + medication.event(), medication.medicine(), date);
            case DOSAGE_CHANGED ->
                phrases.phrase(
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

    private String status(String phrase, String status) {
        if (status == null || status.isBlank()) {
            return "";
        }
        return phrases.phrase(phrase, phrases.phraseOr("status." + status, status));
    }

    private String encounter(EncounterFact encounter) {
        String reason = encounter.reason() == null ? "" : phrases.phrase("encounter.reason", encounter.reason());
        String start = phrases.date(encounter.start());
        if (encounter.setting() == EncounterSetting.EMERGENCY) {
            return phrases.phrase("encounter.EMERGENCY", start, encounter.encounterType(), reason);
        }
        if (encounter.end() == null) {
            return phrases.phrase("encounter.HOSPITAL_STAY.open", start, encounter.encounterType(), reason);
        }
        return phrases.phrase(
                "encounter.HOSPITAL_STAY", start, phrases.date(encounter.end()), encounter.encounterType(), reason);
    }

    private String trend(WellnessTrendFact trend) {
        Average before = trend.before();
        Average recent = trend.recent();
        int scale = trend.measure().scale();
        return phrases.phrase(
                "wellness.trend",
                phrases.phrase("wellness." + trend.measure()),
                phrases.quantity(before.value(), scale, trend.unit(), trend.ucum()),
                phrases.date(before.from()),
                phrases.date(before.to()),
                phrases.quantity(recent.value(), scale, trend.unit(), trend.ucum()),
                phrases.date(recent.from()),
                phrases.date(recent.to()));
    }
}
