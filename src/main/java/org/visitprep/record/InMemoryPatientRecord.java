package org.visitprep.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A patient's record held in memory, built from the entries of one or more imports: for tests, benchmarks and tools.
 * It answers every {@link PatientRecord} question from indexes built once, so no question scans the whole record.
 *
 * <p>Ids are derived from the patient id and each entry's {@link EntryIdentity}, so the same import always gets the
 * same ids; an entry imported again (same identity) replaces the earlier one and keeps its id, as the stored record
 * does. The code of an observation, for {@link #latestObservationPerCode}, is its first LOINC coding, else its first
 * coding, else its text; {@link #observationsCoded} finds an observation by any of its codings.
 */
public final class InMemoryPatientRecord implements PatientRecord {

    private static final Comparator<Held> OLDEST_FIRST =
            Comparator.comparing(Held::time).thenComparingInt(Held::order);

    private final UUID patientId;
    private final Map<UUID, Held> byId;
    private final Map<EntryKind, Kind> byKind;
    private final Map<String, List<StoredEntry>> observationsByCoding;
    private final PatientDetail patient;

    private InMemoryPatientRecord(UUID patientId, Map<UUID, Held> byId) {
        this.patientId = patientId;
        this.byId = Collections.unmodifiableMap(byId);
        Map<EntryKind, List<Held>> grouped = new EnumMap<>(EntryKind.class);
        byId.values()
                .forEach(held -> grouped.computeIfAbsent(held.entry().kind(), k -> new ArrayList<>())
                        .add(held));
        Map<EntryKind, Kind> kinds = new EnumMap<>(EntryKind.class);
        grouped.forEach((kind, entries) -> kinds.put(kind, Kind.of(entries)));
        this.byKind = Collections.unmodifiableMap(kinds);
        this.observationsByCoding = indexByCoding(kind(EntryKind.OBSERVATION).oldestFirst());
        this.patient = kind(EntryKind.PATIENT).all().stream()
                .map(held -> (PatientDetail) held.entry().detail())
                .reduce((first, later) -> later)
                .orElse(null);
    }

    /** The record of one import. */
    public static InMemoryPatientRecord of(UUID patientId, String source, List<RecordEntry> entries) {
        return builder(patientId).add(source, entries).build();
    }

    public static Builder builder(UUID patientId) {
        return new Builder(patientId);
    }

    /** Collects the entries of several imports, in the order they were imported. */
    public static final class Builder {

        private final UUID patientId;
        private final Map<UUID, Held> byId = new LinkedHashMap<>();
        private int order;

        private Builder(UUID patientId) {
            this.patientId = Objects.requireNonNull(patientId, "patientId");
        }

        /** Adds the entries of one import; {@code source} labels them, e.g. "FHIR file labs.json". */
        public Builder add(String source, List<RecordEntry> entries) {
            for (RecordEntry entry : entries) {
                UUID id = idOf(entry.identity());
                Held earlier = byId.get(id);
                int position = earlier == null ? order++ : earlier.order();
                StoredEntry stored = new StoredEntry(
                        id, entry.resourceType(), entry.kind(), entry.effective(), entry.detail(), source);
                byId.put(id, new Held(stored, entry.original(), timeOf(entry.effective()), position));
            }
            return this;
        }

        public InMemoryPatientRecord build() {
            return new InMemoryPatientRecord(patientId, new LinkedHashMap<>(byId));
        }

        private UUID idOf(EntryIdentity identity) {
            return UUID.nameUUIDFromBytes((patientId + "|" + identity.key()).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public UUID patientId() {
        return patientId;
    }

    @Override
    public Map<EntryKind, Long> countsByKind() {
        Map<EntryKind, Long> counts = new EnumMap<>(EntryKind.class);
        byKind.forEach((kind, entries) -> counts.put(kind, (long) entries.all().size()));
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public List<StoredEntry> page(EntryKind kind, int first, int size) {
        if (first < 0 || size < 0) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds 0 or more entries");
        }
        List<Held> newestFirst = kind(kind).newestFirst();
        int from = Math.min(first, newestFirst.size());
        int to = (int) Math.min((long) from + size, newestFirst.size());
        return newestFirst.subList(from, to).stream().map(Held::entry).toList();
    }

    @Override
    public List<StoredEntry> observationsCoded(Coding code) {
        return observationsByCoding.getOrDefault(codingKey(code.system(), code.code()), List.of());
    }

    @Override
    public List<StoredEntry> latestObservationPerCode(String category) {
        Map<String, Held> latest = new LinkedHashMap<>();
        for (Held held : kind(EntryKind.OBSERVATION).oldestFirst()) {
            ObservationDetail observation = held.entry().observation();
            if (observation.isIn(category)) {
                latest.put(primaryCodeOf(observation.code()), held);
            }
        }
        return latest.values().stream()
                .sorted(OLDEST_FIRST.reversed())
                .map(Held::entry)
                .toList();
    }

    @Override
    public List<StoredEntry> between(Set<EntryKind> kinds, Instant from, Instant to) {
        List<Held> found = new ArrayList<>();
        for (EntryKind kind : kinds) {
            found.addAll(kind(kind).between(from, to));
        }
        found.sort(OLDEST_FIRST);
        return found.stream().map(Held::entry).toList();
    }

    @Override
    public List<StoredEntry> medications() {
        return kind(EntryKind.MEDICATION).all().stream().map(Held::entry).toList();
    }

    @Override
    public List<StoredEntry> conditions() {
        return kind(EntryKind.CONDITION).all().stream().map(Held::entry).toList();
    }

    @Override
    public List<StoredEntry> allergies() {
        return kind(EntryKind.ALLERGY).all().stream().map(Held::entry).toList();
    }

    @Override
    public Optional<StoredEntry> entry(UUID entryId) {
        return Optional.ofNullable(byId.get(entryId)).map(Held::entry);
    }

    @Override
    public Optional<String> original(UUID entryId) {
        return Optional.ofNullable(byId.get(entryId))
                .map(held -> held.original().asText());
    }

    @Override
    public Optional<PatientDetail> patient() {
        return Optional.ofNullable(patient);
    }

    /** How many entries the record holds. */
    public int size() {
        return byId.size();
    }

    private Kind kind(EntryKind kind) {
        return byKind.getOrDefault(kind, Kind.EMPTY);
    }

    private static Map<String, List<StoredEntry>> indexByCoding(List<Held> observationsOldestFirst) {
        Map<String, List<StoredEntry>> index = new HashMap<>();
        for (Held held : observationsOldestFirst) {
            Concept code = held.entry().observation().code();
            if (code == null) {
                continue;
            }
            code.codings().stream()
                    .map(coding -> codingKey(coding.system(), coding.code()))
                    .distinct()
                    .forEach(key ->
                            index.computeIfAbsent(key, k -> new ArrayList<>()).add(held.entry()));
        }
        index.replaceAll((key, entries) -> List.copyOf(entries));
        return index;
    }

    private static String primaryCodeOf(Concept code) {
        if (code == null) {
            return "";
        }
        return code.codingFrom(Coding.LOINC)
                .or(() -> code.codings().stream().findFirst())
                .map(coding -> codingKey(coding.system(), coding.code()))
                .orElseGet(() -> "text|" + code.label());
    }

    private static String codingKey(String system, String code) {
        return system + '|' + code;
    }

    /** The instant an entry is ordered by: its start, or the start of its date in UTC; null when it has no time. */
    private static Instant timeOf(EffectiveTime effective) {
        if (effective == null) {
            return null;
        }
        RecordTime start = effective.start();
        return start.instant() != null
                ? start.instant()
                : start.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private record Held(StoredEntry entry, OriginalResource original, Instant time, int order) {}

    /** The entries of one kind: those with a time in time order, then those without, in import order. */
    private record Kind(List<Held> timed, List<Held> untimed, List<Held> all, List<Held> newestFirst) {

        static final Kind EMPTY = new Kind(List.of(), List.of(), List.of(), List.of());

        static Kind of(List<Held> entries) {
            List<Held> timed = entries.stream()
                    .filter(held -> held.time() != null)
                    .sorted(OLDEST_FIRST)
                    .toList();
            List<Held> untimed = entries.stream()
                    .filter(held -> held.time() == null)
                    .sorted(Comparator.comparingInt(Held::order))
                    .toList();
            List<Held> all = new ArrayList<>(timed);
            all.addAll(untimed);
            List<Held> newestFirst = new ArrayList<>(timed.reversed());
            newestFirst.addAll(untimed);
            return new Kind(timed, untimed, List.copyOf(all), List.copyOf(newestFirst));
        }

        List<Held> oldestFirst() {
            return all;
        }

        List<Held> between(Instant from, Instant to) {
            int start = firstAtOrAfter(from);
            int end = firstAtOrAfter(to);
            return start >= end ? List.of() : timed.subList(start, end);
        }

        private int firstAtOrAfter(Instant instant) {
            int low = 0;
            int high = timed.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (timed.get(middle).time().isBefore(instant)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
