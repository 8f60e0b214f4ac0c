package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.visitprep.record.Coding;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.wording.Folding;

/**
 * Medicines started, stopped or changed in the window. Entries of one medicine (same code, else same name) are read
 * together in time order: a medicine starts with its first entry; it is stopped on the end date of an entry marked
 * stopped or completed; its dosage changed when an entry gives another dosage text than the one before. A
 * prescription renewed every year is therefore not "started" every year.
 */
final class MedicationFacts {

    private static final Set<String> ENDED = Set.of("stopped", "completed");

    private final ReviewWindow window;
    private final Map<String, List<StoredEntry>> byMedicine;
    private final Map<String, List<MedicationFact>> factsByMedicine = new LinkedHashMap<>();

    MedicationFacts(List<StoredEntry> medications, ReviewWindow window) {
        this.window = window;
        Map<String, List<StoredEntry>> grouped = new LinkedHashMap<>();
        for (StoredEntry entry : medications) {
            MedicationDetail detail = (MedicationDetail) entry.detail();
            if (detail.medication() != null
                    && !detail.medication().isEmpty()
                    && entry.effective() != null
                    && !"entered-in-error".equals(detail.status())) {
                grouped.computeIfAbsent(keyOf(detail), k -> new ArrayList<>()).add(entry);
            }
        }
        grouped.values().forEach(entries -> entries.sort(Comparator.comparing(Times::instantOf)));
        this.byMedicine = grouped;
    }

    List<MedicationFact> find() {
        List<MedicationFact> facts = new ArrayList<>();
        byMedicine.forEach((key, entries) -> {
            int firstOfMedicine = facts.size();
            StoredEntry first = entries.getFirst();
            if (window.contains(startOf(first))) {
                facts.add(fact(MedicationEvent.STARTED, first, startOf(first), null, List.of(first)));
            }
            for (int i = 1; i < entries.size(); i++) {
                StoredEntry before = entries.get(i - 1);
                StoredEntry now = entries.get(i);
                String was = detail(before).dosageText();
                String is = detail(now).dosageText();
                if (window.contains(startOf(now))
                        && was != null
                        && is != null
                        && !Folding.fold(was).strip().equals(Folding.fold(is).strip())) {
                    facts.add(fact(MedicationEvent.DOSAGE_CHANGED, now, startOf(now), was, List.of(now, before)));
                }
            }
            for (StoredEntry entry : entries) {
                LocalDate end = endOf(entry.effective());
                String status = detail(entry).status();
                if (end != null && window.contains(end) && status != null && ENDED.contains(status)) {
                    facts.add(fact(MedicationEvent.STOPPED, entry, end, null, List.of(entry)));
                }
            }
            StoredEntry last = entries.getLast();
            if ("stopped".equals(detail(last).status())
                    && endOf(last.effective()) == null
                    && window.contains(startOf(last))) {
                facts.add(fact(MedicationEvent.MARKED_STOPPED, last, startOf(last), null, List.of(last)));
            }
            factsByMedicine.put(key, List.copyOf(facts.subList(firstOfMedicine, facts.size())));
        });
        facts.sort(Comparator.comparing(MedicationFact::date, Comparator.reverseOrder())
                .thenComparing(MedicationFact::medicine)
                .thenComparing(MedicationFact::id));
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

        MedicationFact asFact() {
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
                    cited.stream().map(StoredEntry::id).toList());
        }
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

    private static String keyOf(MedicationDetail detail) {
        Coding coding = detail.medication().codings().stream().findFirst().orElse(null);
        if (coding != null) {
            return Objects.toString(coding.system()) + "|" + coding.code();
        }
        return "text|" + Folding.fold(detail.medication().label()).strip();
    }
}
