package org.visitprep.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One patient's stored record, read-only, as the screens and the summary engine read it. An instance only ever
 * answers for the patient it was opened for: an id of another patient's entry is simply not found.
 *
 * <p>Lists are ordered by effective time (entries without one last) and never hold original resources. Times are
 * compared on the entry's start instant, or the start of its date in UTC when the source gave no time of day.
 */
public interface PatientRecord {

    /** The portal account of the patient this record belongs to. */
    UUID patientId();

    /** How many entries of each kind the record holds; kinds without entries are absent. */
    Map<EntryKind, Long> countsByKind();

    /** A page of the entries of one kind, newest first. */
    List<StoredEntry> page(EntryKind kind, int first, int size);

    /** Every observation with the given code (system and code), oldest first: the series a trend chart draws. */
    List<StoredEntry> observationsCoded(Coding code);

    /** The latest observation of each code in the given category (e.g. {@code laboratory}), newest first. */
    List<StoredEntry> latestObservationPerCode(String category);

    /** The entries of the given kinds effective in [from, to), oldest first. */
    List<StoredEntry> between(Set<EntryKind> kinds, Instant from, Instant to);

    /** Medications, whatever their time: the summarizer and the medicines screen need the whole list. */
    List<StoredEntry> medications();

    /** Conditions, whatever their time. */
    List<StoredEntry> conditions();

    /** Allergies and intolerances, whatever their time. */
    List<StoredEntry> allergies();

    /** The entry with this id, if it belongs to this patient. */
    Optional<StoredEntry> entry(UUID entryId);

    /** The original resource of the entry, as FHIR JSON, if the entry belongs to this patient. */
    Optional<String> original(UUID entryId);

    /**
     * The original resources of the entries of the given kinds effective in [from, to), oldest first, each read and
     * opened once: for a feature that reads whole resources of many entries (a year's claims), instead of one
     * {@link #original} call per entry.
     */
    default List<EntryOriginal> originalsBetween(Set<EntryKind> kinds, Instant from, Instant to) {
        return between(kinds, from, to).stream()
                .flatMap(entry -> original(entry.id()).stream()
                        .map(json -> new EntryOriginal(entry.id(), entry.kind(), startOf(entry.effective()), json)))
                .toList();
    }

    private static Instant startOf(EffectiveTime effective) {
        if (effective == null || effective.start() == null) {
            return null;
        }
        RecordTime start = effective.start();
        return start.instant() != null
                ? start.instant()
                : start.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** What the record says of the patient (sex, birth date), if it holds a Patient resource. */
    Optional<PatientDetail> patient();
}
