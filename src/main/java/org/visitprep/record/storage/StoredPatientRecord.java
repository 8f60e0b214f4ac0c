package org.visitprep.record.storage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.visitprep.record.Coding;
import org.visitprep.record.EntryKind;
import org.visitprep.record.EntryOriginal;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.PatientDetail;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.StoredEntry;

/**
 * One patient's stored record, read through JPA. Each query filters by the patient first and narrows by kind, time
 * and blind index in the database, so that only the entries asked for are fetched and opened; lists fetch the sealed
 * detail only, never the original.
 *
 * <p>Holds the patient's keys as they were when it was opened: open it for a request or a summary, not for longer.
 * Not thread-safe (neither is an entity manager).
 */
public final class StoredPatientRecord implements PatientRecord {

    /** The most ids one query asks for, well within what every database takes as parameters. */
    private static final int IDS_PER_QUERY = 500;

    private static final String ENTRY_COLUMNS = "select e.id, e.resourceType, e.kind, e.importId, e.detailSealed";
    private static final String TIME_ASCENDING = " order by e.effectiveStart asc nulls last, e.id";
    private static final String TIME_DESCENDING = " order by e.effectiveStart desc nulls last, e.id";

    private final UUID patientId;
    private final EntityManager entityManager;
    private final Optional<RecordCipher> cipher;
    private Map<UUID, String> sourceLabels;

    /**
     * @param cipher the patient's cipher, empty when they have no data key (and so no stored entry)
     */
    StoredPatientRecord(UUID patientId, EntityManager entityManager, Optional<RecordCipher> cipher) {
        this.patientId = patientId;
        this.entityManager = entityManager;
        this.cipher = cipher;
    }

    @Override
    public UUID patientId() {
        return patientId;
    }

    @Override
    public Map<EntryKind, Long> countsByKind() {
        Map<EntryKind, Long> counts = new EnumMap<>(EntryKind.class);
        entityManager
                .createQuery(
                        "select e.kind, count(e) from SealedEntry e where e.patientId = :patient" + " group by e.kind",
                        Object[].class)
                .setParameter("patient", patientId)
                .getResultList()
                .forEach(row -> counts.put((EntryKind) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<StoredEntry> page(EntryKind kind, int first, int size) {
        if (first < 0 || size < 0) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 0 entries or more");
        }
        if (size == 0 || cipher.isEmpty()) {
            return List.of();
        }
        return opened(query(ENTRY_COLUMNS + " from SealedEntry e where e.patientId = :patient and e.kind = :kind"
                        + TIME_DESCENDING)
                .setParameter("kind", kind)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList());
    }

    @Override
    public List<StoredEntry> observationsCoded(Coding code) {
        if (cipher.isEmpty()) {
            return List.of();
        }
        return opened(query(ENTRY_COLUMNS + " from SealedEntry e where e.patientId = :patient and e.kind = :kind"
                        + " and e.codeIndex = :code" + TIME_ASCENDING)
                .setParameter("kind", EntryKind.OBSERVATION)
                .setParameter(
                        "code", cipher.get().index(EntryIndexes.code(code)).bytes())
                .getResultList());
    }

    /**
     * {@inheritDoc}
     *
     * <p>The database finds the candidates by the category's blind index, newest first, without opening anything;
     * only the entry chosen for each code is opened, plus, rarely, an entry of several categories that must be
     * opened to tell whether it is in this one.
     */
    @Override
    public List<StoredEntry> latestObservationPerCode(String category) {
        if (cipher.isEmpty()) {
            return List.of();
        }
        BlindIndex wanted = cipher.get().index(EntryIndexes.category(category));
        List<Object[]> candidates = entityManager
                .createQuery(
                        "select e.id, e.codeIndex, e.categoryIndex"
                                + " from SealedEntry e where e.patientId = :patient and e.kind = :kind"
                                + " and (e.categoryIndex = :category or e.moreCategories = true)" + TIME_DESCENDING,
                        Object[].class)
                .setParameter("patient", patientId)
                .setParameter("kind", EntryKind.OBSERVATION)
                .setParameter("category", wanted.bytes())
                .getResultList();
        Map<BlindIndex, UUID> latest = new LinkedHashMap<>();
        for (Object[] candidate : candidates) {
            BlindIndex code = BlindIndex.ofNullable((byte[]) candidate[1]);
            if (code == null || latest.containsKey(code)) {
                continue;
            }
            UUID id = (UUID) candidate[0];
            if (wanted.equals(BlindIndex.ofNullable((byte[]) candidate[2])) || isIn(id, category)) {
                latest.put(code, id);
            }
        }
        return byIds(List.copyOf(latest.values()));
    }

    @Override
    public List<StoredEntry> between(Set<EntryKind> kinds, Instant from, Instant to) {
        if (kinds.isEmpty() || !from.isBefore(to) || cipher.isEmpty()) {
            return List.of();
        }
        return opened(query(ENTRY_COLUMNS + " from SealedEntry e where e.patientId = :patient and e.kind in :kinds"
                        + " and e.effectiveStart >= :from and e.effectiveStart < :to" + TIME_ASCENDING)
                .setParameter("kinds", List.copyOf(kinds))
                .setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getResultList());
    }

    /** One query for the sealed originals; each is opened once, and the entries' details are not read at all. */
    @Override
    public List<EntryOriginal> originalsBetween(Set<EntryKind> kinds, Instant from, Instant to) {
        if (kinds.isEmpty() || !from.isBefore(to) || cipher.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = query("select e.id, e.kind, e.effectiveStart, e.originalSealed from SealedEntry e"
                        + " where e.patientId = :patient and e.kind in :kinds"
                        + " and e.effectiveStart >= :from and e.effectiveStart < :to" + TIME_ASCENDING)
                .setParameter("kinds", List.copyOf(kinds))
                .setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getResultList();
        List<EntryOriginal> originals = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            OffsetDateTime start = (OffsetDateTime) row[2];
            originals.add(new EntryOriginal(
                    id,
                    (EntryKind) row[1],
                    start == null ? null : start.toInstant(),
                    OriginalFormat.read(cipher.get().openOriginal(id, (byte[]) row[3]))
                            .asText()));
        }
        return originals;
    }

    @Override
    public List<StoredEntry> medications() {
        return allOf(EntryKind.MEDICATION);
    }

    @Override
    public List<StoredEntry> conditions() {
        return allOf(EntryKind.CONDITION);
    }

    @Override
    public List<StoredEntry> allergies() {
        return allOf(EntryKind.ALLERGY);
    }

    @Override
    public Optional<StoredEntry> entry(UUID entryId) {
        if (cipher.isEmpty()) {
            return Optional.empty();
        }
        return opened(query(ENTRY_COLUMNS + " from SealedEntry e where e.patientId = :patient and e.id = :id")
                        .setParameter("id", entryId)
                        .getResultList())
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> original(UUID entryId) {
        if (cipher.isEmpty()) {
            return Optional.empty();
        }
        return entityManager
                .createQuery(
                        "select e.originalSealed from SealedEntry e" + " where e.patientId = :patient and e.id = :id",
                        byte[].class)
                .setParameter("patient", patientId)
                .setParameter("id", entryId)
                .getResultStream()
                .findFirst()
                .map(original -> OriginalFormat.read(cipher.get().openOriginal(entryId, original))
                        .asText());
    }

    /** The Patient entry of the latest import that brought one. */
    @Override
    public Optional<PatientDetail> patient() {
        if (cipher.isEmpty()) {
            return Optional.empty();
        }
        return opened(query(ENTRY_COLUMNS + " from SealedEntry e, RecordImport i where e.patientId = :patient"
                                + " and e.kind = :kind and i.id = e.importId order by i.finishedAt desc, e.id")
                        .setParameter("kind", EntryKind.PATIENT)
                        .setMaxResults(1)
                        .getResultList())
                .stream()
                .findFirst()
                .map(entry -> (PatientDetail) entry.detail());
    }

    private List<StoredEntry> allOf(EntryKind kind) {
        if (cipher.isEmpty()) {
            return List.of();
        }
        return opened(query(ENTRY_COLUMNS + " from SealedEntry e where e.patientId = :patient and e.kind = :kind"
                        + TIME_ASCENDING)
                .setParameter("kind", kind)
                .getResultList());
    }

    private TypedQuery<Object[]> query(String jpql) {
        return entityManager.createQuery(jpql, Object[].class).setParameter("patient", patientId);
    }

    /** The entries of the given ids, in the order of the ids. */
    private List<StoredEntry> byIds(List<UUID> ids) {
        List<StoredEntry> entries = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            entries.addAll(opened(query(
                            ENTRY_COLUMNS + " from SealedEntry e where e.patientId = :patient" + " and e.id in :ids")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .getResultList()));
        }
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        entries.sort(Comparator.comparing(entry -> position.get(entry.id())));
        return entries;
    }

    private boolean isIn(UUID id, String category) {
        return byIds(List.of(id)).stream()
                .anyMatch(
                        entry -> entry.detail() instanceof ObservationDetail observation && observation.isIn(category));
    }

    /** Opens rows of {@link #ENTRY_COLUMNS}. */
    private List<StoredEntry> opened(List<Object[]> rows) {
        List<StoredEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            DetailFormat.Stored stored = DetailFormat.read(cipher.orElseThrow().openDetail(id, (byte[]) row[4]));
            entries.add(new StoredEntry(
                    id, (String) row[1], (EntryKind) row[2], stored.effective(), stored.detail(), sourceLabel((UUID)
                            row[3])));
        }
        return entries;
    }

    private String sourceLabel(UUID importId) {
        if (sourceLabels == null) {
            sourceLabels = new HashMap<>();
            ImportLog log = new ImportLog(patientId, entityManager, cipher);
            entityManager
                    .createQuery("select i from RecordImport i where i.patientId = :patient", RecordImport.class)
                    .setParameter("patient", patientId)
                    .getResultList()
                    .forEach(row ->
                            sourceLabels.put(row.id(), ImportLog.sourceLabel(row.sourceKind(), log.report(row))));
        }
        return sourceLabels.get(importId);
    }
}
