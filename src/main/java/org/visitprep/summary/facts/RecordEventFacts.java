package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.EncounterDetail;
import org.visitprep.record.StoredEntry;

/** Conditions newly in the record and hospital or emergency encounters of the window. */
final class RecordEventFacts {

    /** Verification statuses that mean the condition is not (or no longer) held to be there. */
    private static final Set<String> NOT_HELD = Set.of("refuted", "entered-in-error");

    private RecordEventFacts() {}

    static List<ConditionFact> newConditions(List<StoredEntry> conditions, ReviewWindow window) {
        List<ConditionFact> facts = new ArrayList<>();
        for (StoredEntry entry : conditions) {
            ConditionDetail detail = (ConditionDetail) entry.detail();
            LocalDate onset = detail.onset() != null
                    ? detail.onset().date()
                    : entry.effective() == null
                            ? null
                            : entry.effective().start().date();
            boolean notHeld = detail.verificationStatus() != null && NOT_HELD.contains(detail.verificationStatus());
            if (onset == null
                    || !window.contains(onset)
                    || notHeld
                    || labelOf(detail.code()).isEmpty()) {
                continue;
            }
            facts.add(new ConditionFact(
                    FactIds.of("condition", entry.id()),
                    labelOf(detail.code()).get(),
                    onset,
                    detail.clinicalStatus(),
                    entry.id()));
        }
        facts.sort(Comparator.comparing(ConditionFact::onset, Comparator.reverseOrder())
                .thenComparing(ConditionFact::condition)
                .thenComparing(ConditionFact::id));
        return facts;
    }

    static List<EncounterFact> hospitalAndEmergency(List<StoredEntry> encountersInWindow) {
        List<EncounterFact> facts = new ArrayList<>();
        for (StoredEntry entry : encountersInWindow) {
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
            facts.add(new EncounterFact(
                    FactIds.of("encounter", entry.id()),
                    setting.get(),
                    type,
                    start,
                    end == null || end.equals(start) ? null : end,
                    reason,
                    entry.id()));
        }
        facts.sort(Comparator.comparing(EncounterFact::start, Comparator.reverseOrder())
                .thenComparing(EncounterFact::id));
        return facts;
    }

    private static Optional<String> labelOf(Concept code) {
        if (code == null || code.label().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(code.label());
    }
}
