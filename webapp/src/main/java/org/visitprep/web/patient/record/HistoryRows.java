package org.visitprep.web.patient.record;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.visitprep.record.AllergyDetail;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.EncounterDetail;
import org.visitprep.record.ImmunizationDetail;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.RecordTime;
import org.visitprep.record.StoredEntry;

/** The rows of the medicines and history page, every text in the person's language. */
final class HistoryRows {

    /** A medicine: its name, status, when it started and stopped, and the dosage as written. */
    public record Medicine(
            UUID entryId, String name, String status, String started, String stopped, String dosage, boolean active) {}

    /** A condition: its name, clinical status, onset and when it ended. */
    public record Condition(UUID entryId, String name, String status, String onset, String abated) {}

    /** An allergy: the substance, how serious it could be, its status and the reactions recorded. */
    public record Allergy(UUID entryId, String substance, String criticality, String status, String reactions) {}

    /** A vaccination: the vaccine, its status and the day it was given. */
    public record Immunization(UUID entryId, String vaccine, String status, String date) {}

    /** A visit or stay: what kind, in which setting, when, and why. */
    public record Encounter(UUID entryId, String what, String setting, String when, String reasons) {}

    private final ScreenLanguage language;

    HistoryRows(ScreenLanguage language) {
        this.language = language;
    }

    Medicine medicine(StoredEntry entry) {
        var detail = (MedicationDetail) entry.detail();
        EffectiveTime period = detail.period() != null ? detail.period() : entry.effective();
        return new Medicine(
                entry.id(),
                label(detail.medication()),
                language.nameOf("status", detail.status()),
                period == null ? "" : date(period.start()),
                period == null ? "" : date(period.end()),
                Objects.requireNonNullElse(detail.dosageText(), ""),
                "active".equals(detail.status()));
    }

    Condition condition(StoredEntry entry) {
        var detail = (ConditionDetail) entry.detail();
        return new Condition(
                entry.id(),
                label(detail.code()),
                language.nameOf("status", detail.clinicalStatus()),
                date(detail.onset()),
                date(detail.abatement()));
    }

    Allergy allergy(StoredEntry entry) {
        var detail = (AllergyDetail) entry.detail();
        String reactions = detail.reactions().stream()
                .flatMap(reaction -> reaction.manifestations().stream())
                .map(HistoryRows::label)
                .filter(text -> !text.isBlank())
                .distinct()
                .collect(Collectors.joining(", "));
        return new Allergy(
                entry.id(),
                label(detail.substance()),
                language.nameOf("criticality", detail.criticality()),
                language.nameOf("status", detail.clinicalStatus()),
                reactions);
    }

    Immunization immunization(StoredEntry entry) {
        var detail = (ImmunizationDetail) entry.detail();
        RecordTime given = detail.occurrence() != null
                ? detail.occurrence()
                : entry.effective() == null ? null : entry.effective().start();
        return new Immunization(
                entry.id(), label(detail.vaccine()), language.nameOf("status", detail.status()), date(given));
    }

    Encounter encounter(StoredEntry entry) {
        var detail = (EncounterDetail) entry.detail();
        EffectiveTime period = detail.period() != null ? detail.period() : entry.effective();
        String reasons = labels(detail.reasons());
        return new Encounter(
                entry.id(), labels(detail.types()), setting(detail.encounterClass()), when(period), reasons);
    }

    private String setting(Coding encounterClass) {
        if (encounterClass == null) {
            return "";
        }
        String named = language.nameOf("encounterClass", encounterClass.code());
        if (!named.equals(encounterClass.code())) {
            return named;
        }
        return encounterClass.display() != null ? encounterClass.display() : encounterClass.code();
    }

    private String when(EffectiveTime period) {
        if (period == null) {
            return "";
        }
        String start = date(period.start());
        String end = date(period.end());
        return end.isEmpty() || end.equals(start) ? start : language.text("period.fromTo", start, end);
    }

    private String date(RecordTime time) {
        return time == null ? "" : language.date(time.date());
    }

    private static String labels(List<Concept> concepts) {
        return concepts.stream()
                .map(HistoryRows::label)
                .filter(text -> !text.isBlank())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static String label(Concept concept) {
        return concept == null ? "" : concept.label();
    }
}
