package org.visitprep.record.storage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.RecordTime;

/**
 * Turns entries into rows for one patient's record: computes the blind indexes, tells an entry new to the record
 * from another version of a stored one or from one stored as it is, and seals the detail and the deflated original
 * of those to write. Thread-safe: an import runs it on several threads at once.
 */
final class EntrySealer {

    /** A stored entry as a later import sees it: its id and the index of its content. */
    record StoredVersion(UUID id, BlindIndex contentIndex) {}

    /**
     * What to do with one entry of the file.
     *
     * @param row the row to write, or null when the record holds the entry as it is
     */
    record Prepared(BlindIndex identityIndex, SealedRow row) {}

    private final RecordCipher cipher;

    EntrySealer(RecordCipher cipher) {
        this.cipher = cipher;
    }

    /** Prepares an entry against the stored versions (by identity index), which it only reads. */
    Prepared prepare(RecordEntry entry, Map<BlindIndex, StoredVersion> stored) {
        BlindIndex identity = cipher.index(EntryIndexes.identity(entry));
        BlindIndex content = cipher.index(EntryIndexes.content(entry.original()));
        StoredVersion previous = stored.get(identity);
        if (previous != null && previous.contentIndex().equals(content)) {
            return new Prepared(identity, null);
        }
        UUID id = previous != null ? previous.id() : UUID.randomUUID();
        List<String> categories = EntryIndexes.categories(entry.detail());
        var row = new SealedRow(
                id,
                previous != null,
                identity,
                content,
                entry.kind(),
                entry.resourceType(),
                startOf(entry.effective()),
                EntryIndexes.primaryCode(entry.detail())
                        .map(code -> cipher.index(EntryIndexes.code(code)))
                        .orElse(null),
                categories.isEmpty() ? null : cipher.index(EntryIndexes.category(categories.getFirst())),
                categories.size() > 1,
                cipher.sealDetail(id, DetailFormat.write(entry.effective(), entry.detail())),
                cipher.sealOriginal(id, OriginalFormat.write(entry.original())));
        return new Prepared(identity, row);
    }

    /**
     * The instant an entry is ordered and windowed by: the start's instant, or the start of its date in UTC when the
     * source gave no time of day (see {@link org.visitprep.record.PatientRecord}).
     */
    static OffsetDateTime startOf(EffectiveTime effective) {
        if (effective == null) {
            return null;
        }
        RecordTime start = effective.start();
        return start.instant() != null
                ? start.instant().atOffset(ZoneOffset.UTC)
                : start.date().atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
