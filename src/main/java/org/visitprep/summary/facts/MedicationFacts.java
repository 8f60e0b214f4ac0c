package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.visitprep.record.Coding;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.wording.Folding;

/**
 * Medicines started, stopped, put on hold, cancelled, entered in error or changed in dosage in the window. Entries of
 * one medicine (same code, else same name) are read together in {@link EntryOrder}:
 * <ul>
 *   <li>a medicine starts with its first entry (unless that entry is on hold); it is stopped on the end date of an
 *       entry marked stopped or completed; a prescription renewed every year is therefore not "started" every
 *       year;</li>
 *   <li>its dosage changed when an entry gives another dosage than the one before it: another text, or another
 *       structured dosage (dose and unit, frequency per period, route, as needed; FHIR R4 {@code Dosage}), which
 *       may change while the text stays the same;</li>
 *   <li>an entry of the window marked {@code on-hold}, {@code cancelled} or {@code entered-in-error} (the statuses of
 *       FHIR R4 MedicationRequest and MedicationStatement) is reported as such, on its own date (FHIR gives no date
 *       for a change of status). Cancelled entries and entries in error never start a medicine or change a dosage.</li>
 * </ul>
 * Two entries saying the same of one medicine on one day (an upload and an EHR's copy) make one fact.
 */
final class MedicationFacts {

    private static final Set<String> ENDED = Set.of("stopped", "completed");
    private static final Set<String> NEVER_TAKEN = Set.of("entered-in-error", "cancelled");
    private static final Map<String, MedicationEvent> STATUS_EVENTS = Map.of(
            "on-hold", MedicationEvent.ON_HOLD,
            "cancelled", MedicationEvent.CANCELLED,
            "entered-in-error", MedicationEvent.ENTERED_IN_ERROR);
    private static final Comparator<MedicationFact> NEWEST_FIRST = Comparator.comparing(
                    MedicationFact::date, Comparator.reverseOrder())
            .thenComparing(MedicationFact::medicine)
            .thenComparing(MedicationFact::event)
            .thenComparing(fact -> Objects.toString(fact.dosage()));

    private final ReviewWindow window;
    private final Map<String, List<StoredEntry>> byMedicine;
    private final Map<String, List<MedicationFact>> factsByMedicine = new HashMap<>();

    MedicationFacts(List<StoredEntry> medications, ReviewWindow window) {
        this.window = window;
        Map<String, List<StoredEntry>> grouped = new TreeMap<>();
        for (StoredEntry entry : medications) {
            MedicationDetail detail = (MedicationDetail) entry.detail();
            if (detail.medication() != null && !detail.medication().isEmpty() && entry.effective() != null) {
                grouped.computeIfAbsent(keyOf(detail), k -> new ArrayList<>()).add(entry);
            }
        }
        grouped.values().forEach(entries -> entries.sort(EntryOrder.OLDEST_FIRST));
        this.byMedicine = grouped;
    }

    List<MedicationFact> find() {
        List<MedicationFact> facts = new ArrayList<>();
        byMedicine.forEach((key, entries) -> {
            Map<String, MedicationFact> found = new LinkedHashMap<>();
            List<StoredEntry> taken = entries.stream()
                    .filter(entry ->
                            !NEVER_TAKEN.contains(Objects.toString(detail(entry).status())))
                    .toList();
            if (!taken.isEmpty()
                    && window.contains(startOf(taken.getFirst()))
                    && !"on-hold".equals(detail(taken.getFirst()).status())) {
                StoredEntry first = taken.getFirst();
                add(found, fact(MedicationEvent.STARTED, first, startOf(first), null, List.of(first)));
            }
            for (int i = 1; i < taken.size(); i++) {
                StoredEntry before = taken.get(i - 1);
                StoredEntry now = taken.get(i);
                if (window.contains(startOf(now)) && dosageChanged(detail(before), detail(now))) {
                    add(found, changed(now, before));
                }
            }
            for (StoredEntry entry : taken) {
                LocalDate end = endOf(entry.effective());
                String status = detail(entry).status();
                if (end != null && window.contains(end) && status != null && ENDED.contains(status)) {
                    add(found, fact(MedicationEvent.STOPPED, entry, end, null, List.of(entry)));
                }
            }
            if (!taken.isEmpty()) {
                StoredEntry last = taken.getLast();
                if ("stopped".equals(detail(last).status())
                        && endOf(last.effective()) == null
                        && window.contains(startOf(last))) {
                    add(found, fact(MedicationEvent.MARKED_STOPPED, last, startOf(last), null, List.of(last)));
                }
            }
            for (StoredEntry entry : entries) {
                MedicationEvent event =
                        STATUS_EVENTS.get(Objects.toString(detail(entry).status()));
                if (event != null && window.contains(startOf(entry))) {
                    add(found, fact(event, entry, startOf(entry), null, List.of(entry)));
                }
            }
            List<MedicationFact> ofMedicine = new ArrayList<>(found.values());
            ofMedicine.sort(NEWEST_FIRST);
            factsByMedicine.put(key, List.copyOf(ofMedicine));
            facts.addAll(ofMedicine);
        });
        facts.sort(NEWEST_FIRST);
        return facts;
    }

    /** The facts {@link #find} gave for one medicine. */
    List<MedicationFact> factsOf(String key) {
        return factsByMedicine.getOrDefault(key, List.of());
    }

    /** Every medicine as one line (first start, latest status), for matching an agenda item's words. */
    List<Listed> listed() {
        List<Listed> listed = new ArrayList<>();
        byMedicine.forEach((key, entries) -> listed.add(new Listed(key, entries.getFirst(), entries.getLast())));
        return listed;
    }

    /** A medicine of the record: its first and latest entries. */
    record Listed(String key, StoredEntry first, StoredEntry last) {

        String name() {
            return ((MedicationDetail) last.detail()).medication().label();
        }

        MedicationFact asFact(ReviewWindow window) {
            MedicationDetail latest = (MedicationDetail) last.detail();
            List<StoredEntry> cited = first.id().equals(last.id()) ? List.of(last) : List.of(last, first);
            return new MedicationFact(
                    FactIds.of("medication", MedicationEvent.LISTED, key),
                    MedicationEvent.LISTED,
                    name(),
                    startOf(first),
                    latest.status(),
                    latest.dosageText(),
                    null,
                    cited.stream().map(StoredEntry::id).toList(),
                    List.of(),
                    List.of(),
                    TimeBeforeVisit.outside(window, List.of(startOf(first))));
        }
    }

    /** Another dosage text than before, or another structured dosage, when both entries give one. */
    private static boolean dosageChanged(MedicationDetail before, MedicationDetail now) {
        String was = before.dosageText();
        String is = now.dosageText();
        boolean text = was != null
                && is != null
                && !Folding.fold(was).strip().equals(Folding.fold(is).strip());
        boolean structure = !before.dosages().isEmpty()
                && !now.dosages().isEmpty()
                && !Dose.same(Dose.of(before.dosages()), Dose.of(now.dosages()));
        return text || structure;
    }

    private MedicationFact changed(StoredEntry now, StoredEntry before) {
        MedicationDetail is = detail(now);
        MedicationDetail was = detail(before);
        boolean structure = !was.dosages().isEmpty()
                && !is.dosages().isEmpty()
                && !Dose.same(Dose.of(was.dosages()), Dose.of(is.dosages()));
        return new MedicationFact(
                FactIds.of("medication", MedicationEvent.DOSAGE_CHANGED, now.id()),
                MedicationEvent.DOSAGE_CHANGED,
                is.medication().label(),
                startOf(now),
                is.status(),
                is.dosageText(),
                was.dosageText(),
                List.of(now.id(), before.id()),
                structure ? Dose.of(is.dosages()) : List.of(),
                structure ? Dose.of(was.dosages()) : List.of(),
                List.of());
    }

    /** Adds a fact unless one saying the same of this medicine on that day is there already. */
    private static void add(Map<String, MedicationFact> found, MedicationFact fact) {
        String says = fact.event() + "|" + fact.date() + "|" + fact.dosage() + "|" + fact.previousDosage();
        found.putIfAbsent(says, fact);
    }

    private static MedicationFact fact(
            MedicationEvent event, StoredEntry entry, LocalDate date, String previousDosage, List<StoredEntry> cited) {
        MedicationDetail detail = detail(entry);
        return new MedicationFact(
                FactIds.of("medication", event, entry.id()),
                event,
                detail.medication().label(),
                date,
                detail.status(),
                detail.dosageText(),
                previousDosage,
                cited.stream().map(StoredEntry::id).toList());
    }

    private static MedicationDetail detail(StoredEntry entry) {
        return (MedicationDetail) entry.detail();
    }

    static LocalDate startOf(StoredEntry entry) {
        return entry.effective().start().date();
    }

    private static LocalDate endOf(EffectiveTime effective) {
        return effective.end() == null ? null : effective.end().date();
    }

    static String keyOf(MedicationDetail detail) {
        Coding coding = detail.medication().codings().stream().findFirst().orElse(null);
        if (coding != null) {
            return Objects.toString(coding.system()) + "|" + coding.code();
        }
        return "text|" + Folding.fold(detail.medication().label()).strip();
    }
}
