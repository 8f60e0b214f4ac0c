package org.visitprep.web.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.visitprep.record.AllergyDetail;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.DiagnosticReportDetail;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.EncounterDetail;
import org.visitprep.record.FinancialDetail;
import org.visitprep.record.ImmunizationDetail;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.ObservationComponent;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.OtherDetail;
import org.visitprep.record.PatientDetail;
import org.visitprep.record.ProcedureDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.RecordTime;
import org.visitprep.record.ReferenceRange;
import org.visitprep.record.StoredEntry;

/**
 * Describes a stored record entry for a person: the names, values, units and dates as the record gives them, never
 * reworded or converted.
 */
public final class CitedEntries {

    private CitedEntries() {}

    public static CitedEntry describe(StoredEntry entry) {
        String kind = entry.kind().name();
        String source = entry.source() == null ? "" : entry.source();
        LocalDate date = dateOf(entry.effective());
        return switch (entry.detail()) {
            case ObservationDetail observation -> observation(entry, observation, date, source);
            case MedicationDetail medication ->
                new CitedEntry(
                        entry.id(),
                        kind,
                        label(medication.medication()),
                        text(medication.dosageText()),
                        "",
                        "",
                        medication.period() == null ? date : dateOf(medication.period()),
                        source);
            case ConditionDetail condition ->
                new CitedEntry(
                        entry.id(),
                        kind,
                        label(condition.code()),
                        text(condition.clinicalStatus()),
                        "",
                        "",
                        condition.onset() == null ? date : condition.onset().date(),
                        source);
            case EncounterDetail encounter ->
                new CitedEntry(
                        entry.id(),
                        kind,
                        encounter.types().isEmpty()
                                ? encounterClass(encounter)
                                : label(encounter.types().getFirst()),
                        text(encounter.status()),
                        "",
                        "",
                        encounter.period() == null ? date : dateOf(encounter.period()),
                        source);
            case ProcedureDetail procedure -> simple(entry, label(procedure.code()), procedure.status(), date, source);
            case ImmunizationDetail immunization ->
                simple(
                        entry,
                        label(immunization.vaccine()),
                        immunization.status(),
                        immunization.occurrence() == null
                                ? date
                                : immunization.occurrence().date(),
                        source);
            case AllergyDetail allergy ->
                simple(entry, label(allergy.substance()), allergy.clinicalStatus(), date, source);
            case DiagnosticReportDetail report ->
                simple(entry, label(report.code()), report.conclusion(), date, source);
            case OtherDetail other ->
                simple(entry, other.code() == null ? entry.resourceType() : label(other.code()), "", date, source);
            case PatientDetail patient -> simple(entry, entry.resourceType(), "", date, source);
            case FinancialDetail financial -> simple(entry, entry.resourceType(), "", date, source);
        };
    }

    private static CitedEntry observation(
            StoredEntry entry, ObservationDetail observation, LocalDate date, String source) {
        String value;
        String unit = "";
        if (observation.quantity() != null && observation.quantity().value() != null) {
            value = number(observation.quantity());
            unit = unitOf(observation.quantity());
        } else if (!observation.components().isEmpty()) {
            value = observation.components().stream()
                    .map(CitedEntries::component)
                    .collect(Collectors.joining("; "));
        } else {
            value = text(observation.textValue());
        }
        return new CitedEntry(
                entry.id(),
                entry.kind().name(),
                label(observation.code()),
                value,
                unit,
                range(observation.referenceRanges()),
                date,
                source);
    }

    private static String component(ObservationComponent component) {
        String value = component.quantity() != null && component.quantity().value() != null
                ? number(component.quantity()) + " " + unitOf(component.quantity())
                : text(component.textValue());
        return (label(component.code()) + " " + value).strip();
    }

    private static String range(List<ReferenceRange> ranges) {
        if (ranges.isEmpty()) {
            return "";
        }
        ReferenceRange range = ranges.getFirst();
        if (range.low() != null && range.high() != null) {
            return plain(range.low().value()) + "–" + plain(range.high().value()) + " " + unitOf(range.high());
        }
        if (range.low() != null) {
            return "≥ " + plain(range.low().value()) + " " + unitOf(range.low());
        }
        if (range.high() != null) {
            return "≤ " + plain(range.high().value()) + " " + unitOf(range.high());
        }
        return text(range.text());
    }

    private static CitedEntry simple(StoredEntry entry, String what, String value, LocalDate date, String source) {
        return new CitedEntry(entry.id(), entry.kind().name(), what, text(value), "", "", date, source);
    }

    private static String number(Quantity quantity) {
        String comparator = quantity.comparator() == null ? "" : quantity.comparator() + " ";
        return comparator + plain(quantity.value());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String unitOf(Quantity quantity) {
        if (quantity.unit() != null && !quantity.unit().isBlank()) {
            return quantity.unit();
        }
        return quantity.code() == null ? "" : quantity.code();
    }

    private static String encounterClass(EncounterDetail encounter) {
        if (encounter.encounterClass() == null) {
            return "";
        }
        String display = encounter.encounterClass().display();
        return display == null ? encounter.encounterClass().code() : display;
    }

    private static String label(Concept concept) {
        return concept == null ? "" : concept.label();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static LocalDate dateOf(EffectiveTime time) {
        return time == null ? null : dateOf(time.start());
    }

    private static LocalDate dateOf(RecordTime time) {
        return time == null ? null : time.date();
    }
}
