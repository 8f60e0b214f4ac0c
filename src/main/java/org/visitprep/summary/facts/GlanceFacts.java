package org.visitprep.summary.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.visitprep.record.AllergyDetail;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.EntryKind;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.PatientDetail;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.wording.Folding;

/**
 * The clinician's at-a-glance header as facts, each citing its entries: the patient's age on the visit day and
 * administrative sex; the active problems; the current medicines; the allergies. Each list names an item once (the
 * latest entry of the same name), shows its first {@value #MOST_SHOWN} items and counts the rest, so the header stays
 * a few lines; a name loses the semantic tag SNOMED CT puts at its end ("(disorder)", "(finding)"), which tells a
 * clinician nothing here:
 * <ul>
 *   <li>active problems: conditions whose clinical status (FHIR condition-clinical) is active, recurrence or relapse,
 *       or that give none and have not abated, and are not refuted or entered in error; disorders first (SNOMED CT's
 *       semantic tag "(disorder)" in the name), findings and situations last, each group newest first;</li>
 *   <li>current medicines: medicines whose latest entry is active, by name;</li>
 *   <li>allergies: allergies and intolerances neither refuted nor entered in error (verification status) nor
 *       inactive nor resolved (clinical status), by name.</li>
 * </ul>
 * Everything is read as of the visit day (the window's last day): what started after it does not count.
 */
final class GlanceFacts {

    static final int MOST_SHOWN = 5;

    private static final Set<String> ACTIVE = Set.of("active", "recurrence", "relapse");
    private static final Set<String> NOT_HELD = Set.of("refuted", "entered-in-error");
    private static final Set<String> NO_LONGER = Set.of("inactive", "resolved");
    private static final int PATIENT_ENTRIES_LOOKED_AT = 50;
    private static final Pattern SEMANTIC_TAG = Pattern.compile(
            "\\s*\\((disorder|finding|situation|morphologic abnormality|observable entity|event|procedure|substance)\\)\\s*$");

    private final PatientRecord record;
    private final ReviewWindow window;
    private final Instant visitEnd;

    GlanceFacts(PatientRecord record, ReviewWindow window) {
        this.record = record;
        this.window = window;
        this.visitEnd = window.end();
    }

    /** The header's facts, from the record's medicines, conditions and allergies as the finder read them once. */
    List<Fact> find(
            PatientFacts patient,
            List<StoredEntry> medicines,
            List<StoredEntry> conditions,
            List<StoredEntry> allergies) {
        List<Fact> facts = new ArrayList<>();
        context(patient).ifPresent(facts::add);
        activeProblems(conditions).ifPresent(facts::add);
        currentMedicines(medicines).ifPresent(facts::add);
        allergies(allergies).ifPresent(facts::add);
        return facts;
    }

    /** Age and sex, citing the Patient entry the record takes them from. */
    private Optional<Fact> context(PatientFacts patient) {
        Optional<PatientDetail> detail = patient.detail();
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        List<StoredEntry> patients = new ArrayList<>(record.page(EntryKind.PATIENT, 0, PATIENT_ENTRIES_LOOKED_AT));
        patients.sort(EntryOrder.OLDEST_FIRST);
        Optional<StoredEntry> entry = patients.stream()
                .filter(candidate -> candidate.detail().equals(detail.get()))
                .findFirst()
                .or(() -> patients.stream().findFirst());
        Integer age = patient.ageOn(window.to());
        String sex = detail.get().gender() == null ? null : patient.sexCode();
        if (entry.isEmpty() || (age == null && sex == null)) {
            return Optional.empty();
        }
        return Optional.of(new PatientContextFact(
                FactIds.of("patient-context", entry.get().id(), window.to()),
                age,
                sex,
                entry.get().id()));
    }

    private Optional<Fact> activeProblems(List<StoredEntry> conditions) {
        List<StoredEntry> problems = new ArrayList<>(currentByName(conditions, entry -> {
            ConditionDetail condition = (ConditionDetail) entry.detail();
            boolean held = isHeld(condition.verificationStatus());
            return held
                    && (condition.clinicalStatus() == null
                            ? condition.abatement() == null
                            : ACTIVE.contains(condition.clinicalStatus()));
        }));
        problems.sort(Comparator.comparingInt((StoredEntry entry) -> rankOf(labelOf(entry)))
                .thenComparing(EntryOrder.OLDEST_FIRST.reversed()));
        return list(RecordListFact.Kind.ACTIVE_PROBLEMS, problems);
    }

    private Optional<Fact> currentMedicines(List<StoredEntry> medicines) {
        Map<String, StoredEntry> latestByMedicine = new TreeMap<>();
        for (StoredEntry entry : named(medicines)) {
            if (entry.effective() != null) {
                latestByMedicine.put(MedicationFacts.keyOf((MedicationDetail) entry.detail()), entry);
            }
        }
        Map<String, StoredEntry> byName = new TreeMap<>();
        for (StoredEntry latest : latestByMedicine.values()) {
            MedicationDetail medicine = (MedicationDetail) latest.detail();
            boolean ended = latest.effective().end() != null
                    && latest.effective().end().date().isBefore(window.to());
            if ("active".equals(medicine.status()) && !ended) {
                byName.putIfAbsent(Folding.fold(labelOf(latest)).strip(), latest);
            }
        }
        return list(RecordListFact.Kind.CURRENT_MEDICINES, List.copyOf(byName.values()));
    }

    private Optional<Fact> allergies(List<StoredEntry> entries) {
        List<StoredEntry> allergies = currentByName(entries, entry -> {
            AllergyDetail allergy = (AllergyDetail) entry.detail();
            return isHeld(allergy.verificationStatus())
                    && (allergy.clinicalStatus() == null || !NO_LONGER.contains(allergy.clinicalStatus()));
        });
        Map<String, StoredEntry> byName = new TreeMap<>();
        allergies.forEach(entry -> byName.put(Folding.fold(labelOf(entry)).strip(), entry));
        return list(RecordListFact.Kind.ALLERGIES, List.copyOf(byName.values()));
    }

    /**
     * Of the entries with a name, as of the visit, the latest of each name when that latest one is current: an
     * entry that is no longer (resolved, refuted) takes its name off the list.
     */
    private List<StoredEntry> currentByName(List<StoredEntry> entries, Predicate<StoredEntry> current) {
        Map<String, StoredEntry> latestByName = new LinkedHashMap<>();
        for (StoredEntry entry : named(entries)) {
            String name = Folding.fold(labelOf(entry)).strip();
            if (current.test(entry)) {
                latestByName.put(name, entry);
            } else {
                latestByName.remove(name);
            }
        }
        return List.copyOf(latestByName.values());
    }

    /** The entries that name something and started by the visit, in {@link EntryOrder}. */
    private List<StoredEntry> named(List<StoredEntry> entries) {
        List<StoredEntry> named = new ArrayList<>();
        for (StoredEntry entry : entries) {
            Concept name = conceptOf(entry);
            if (name != null && !name.label().isBlank() && !startsAfterVisit(entry)) {
                named.add(entry);
            }
        }
        named.sort(EntryOrder.OLDEST_FIRST);
        return named;
    }

    private static boolean isHeld(String verificationStatus) {
        return verificationStatus == null || !NOT_HELD.contains(verificationStatus);
    }

    private Optional<Fact> list(RecordListFact.Kind kind, List<StoredEntry> items) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<StoredEntry> shown = items.subList(0, Math.min(MOST_SHOWN, items.size()));
        List<java.util.UUID> cited = items.stream().map(StoredEntry::id).toList();
        return Optional.of(new RecordListFact(
                FactIds.of("record-list", kind, window.to(), cited),
                kind,
                shown.stream().map(entry -> withoutSemanticTag(labelOf(entry))).toList(),
                items.size(),
                cited));
    }

    private boolean startsAfterVisit(StoredEntry entry) {
        Instant start = Times.instantOf(entry);
        return start != null && !start.isBefore(visitEnd);
    }

    /** Disorders first, findings and situations last, by the semantic tag SNOMED CT puts in a concept's name. */
    private static int rankOf(String label) {
        String folded = label.toLowerCase(Locale.ROOT).strip();
        if (folded.endsWith("(disorder)")) {
            return 0;
        }
        return folded.endsWith("(finding)") || folded.endsWith("(situation)") ? 2 : 1;
    }

    /** The name without SNOMED CT's semantic tag: "Osteoporosis (disorder)" reads "Osteoporosis". */
    static String withoutSemanticTag(String label) {
        String shorter = SEMANTIC_TAG.matcher(label).replaceFirst("").strip();
        return shorter.isEmpty() ? label : shorter;
    }

    private static String labelOf(StoredEntry entry) {
        return conceptOf(entry).label();
    }

    private static Concept conceptOf(StoredEntry entry) {
        return switch (entry.detail()) {
            case ConditionDetail condition -> condition.code();
            case MedicationDetail medicine -> medicine.medication();
            case AllergyDetail allergy -> allergy.substance();
            default -> throw new IllegalArgumentException("not an item of a glance list: " + entry.kind());
        };
    }
}
