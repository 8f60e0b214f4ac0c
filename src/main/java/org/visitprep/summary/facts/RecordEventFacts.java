package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.visitprep.record.AllergyDetail;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.EncounterDetail;
import org.visitprep.record.StoredEntry;

/**
 * Conditions and allergies newly in the record, and hospital or emergency encounters of the window. Entries are read
 * in {@link EntryOrder}; two entries saying the same (an upload and an EHR's copy) make one fact.
 */
final class RecordEventFacts {

    /** Verification statuses that mean a condition or allergy is not (or no longer) held to be there. */
    private static final Set<String> NOT_HELD = Set.of("refuted", "entered-in-error");

    private RecordEventFacts() {}

    static List<ConditionFact> newConditions(List<StoredEntry> conditions, ReviewWindow window) {
        Map<String, ConditionFact> facts = new LinkedHashMap<>();
        for (StoredEntry entry : inOrder(conditions)) {
            ConditionDetail detail = (ConditionDetail) entry.detail();
            LocalDate onset = detail.onset() != null
                    ? detail.onset().date()
                    : entry.effective() == null
                            ? null
                            : entry.effective().start().date();
            if (onset == null
                    || !window.contains(onset)
                    || isNotHeld(detail.verificationStatus())
                    || labelOf(detail.code()).isEmpty()) {
                continue;
            }
            String condition = labelOf(detail.code()).get();
            facts.putIfAbsent(
                    condition + "|" + onset + "|" + detail.clinicalStatus(),
                    new ConditionFact(
                            FactIds.of("condition", entry.id()),
                            condition,
                            onset,
                            detail.clinicalStatus(),
                            entry.id()));
        }
        List<ConditionFact> found = new ArrayList<>(facts.values());
        found.sort(Comparator.comparing(ConditionFact::onset, Comparator.reverseOrder())
                .thenComparing(ConditionFact::condition)
                .thenComparing(fact -> Objects.toString(fact.clinicalStatus())));
        return found;
    }

    static List<AllergyFact> newAllergies(List<StoredEntry> allergies, ReviewWindow window) {
        Map<String, AllergyFact> facts = new LinkedHashMap<>();
        for (StoredEntry entry : inOrder(allergies)) {
            AllergyDetail detail = (AllergyDetail) entry.detail();
            LocalDate date =
                    entry.effective() == null ? null : entry.effective().start().date();
            if (date == null
                    || !window.contains(date)
                    || isNotHeld(detail.verificationStatus())
                    || labelOf(detail.substance()).isEmpty()) {
                continue;
            }
            String substance = labelOf(detail.substance()).get();
            List<String> reactions = detail.reactions().stream()
                    .flatMap(reaction -> reaction.manifestations().stream())
                    .map(Concept::label)
                    .filter(label -> !label.isBlank())
                    .distinct()
                    .toList();
            facts.putIfAbsent(
                    substance + "|" + date + "|" + reactions,
                    new AllergyFact(
                            FactIds.of("allergy", entry.id()),
                            substance,
                            date,
                            detail.criticality(),
                            detail.clinicalStatus(),
                            reactions,
                            entry.id()));
        }
        List<AllergyFact> found = new ArrayList<>(facts.values());
        found.sort(Comparator.comparing(AllergyFact::date, Comparator.reverseOrder())
                .thenComparing(AllergyFact::substance));
        return found;
    }

    static List<EncounterFact> hospitalAndEmergency(List<StoredEntry> encountersInWindow) {
        Map<String, EncounterFact> facts = new LinkedHashMap<>();
        for (StoredEntry entry : inOrder(encountersInWindow)) {
            EncounterDetail detail = (EncounterDetail) entry.detail();
            if (detail.encounterClass() == null || entry.effective() == null) {
                continue;
            }
            Optional<EncounterSetting> setting =
                    EncounterSetting.ofClass(detail.encounterClass().code());
            if (setting.isEmpty()) {
                continue;
            }
            LocalDate start = entry.effective().start().date();
            LocalDate end = entry.effective().end() == null
                    ? null
                    : entry.effective().end().date();
            String type = detail.types().stream()
                    .map(Concept::label)
                    .filter(label -> !label.isBlank())
                    .findFirst()
                    .orElse(
                            detail.encounterClass().display() != null
                                    ? detail.encounterClass().display()
                                    : detail.encounterClass().code());
            String reason = detail.reasons().stream()
                    .map(Concept::label)
                    .filter(label -> !label.isBlank())
                    .findFirst()
                    .orElse(null);
            LocalDate shownEnd = end == null || end.equals(start) ? null : end;
            facts.putIfAbsent(
                    setting.get() + "|" + type + "|" + start + "|" + shownEnd + "|" + reason,
                    new EncounterFact(
                            FactIds.of("encounter", entry.id()),
                            setting.get(),
                            type,
                            start,
                            shownEnd,
                            reason,
                            entry.id()));
        }
        List<EncounterFact> found = new ArrayList<>(facts.values());
        found.sort(Comparator.comparing(EncounterFact::start, Comparator.reverseOrder())
                .thenComparing(EncounterFact::setting)
                .thenComparing(EncounterFact::encounterType)
                .thenComparing(fact -> Objects.toString(fact.end()))
                .thenComparing(fact -> Objects.toString(fact.reason())));
        return found;
    }

    private static List<StoredEntry> inOrder(List<StoredEntry> entries) {
        List<StoredEntry> sorted = new ArrayList<>(entries);
        sorted.sort(EntryOrder.OLDEST_FIRST);
        return sorted;
    }

    private static boolean isNotHeld(String verificationStatus) {
        return verificationStatus != null && NOT_HELD.contains(verificationStatus);
    }

    private static Optional<String> labelOf(Concept code) {
        if (code == null || code.label().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(code.label());
    }
}
