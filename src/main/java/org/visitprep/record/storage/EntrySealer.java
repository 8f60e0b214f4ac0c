package org.visitprep.record.storage;

import java.nio.ByteBuffer;
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
 *
 * <p>An entry's id is the blind index of its identity, read as a UUID: the same entry has the same id in every
 * import of the patient's, so a later version takes the place of the earlier one under the id citations point to,
 * and the primary key is what keeps a second import from adding a duplicate. Being an HMAC under the patient's key,
 * the id says nothing of the entry, and the same resource gets unrelated ids in two patients' records.
 */
final class EntrySealer {

    /**
     * What to do with one entry of the file.
     *
     * @param row the row to write, or null when the record holds the entry as it is
     */
    record Prepared(UUID id, SealedRow row) {}

    private final RecordCipher cipher;

    EntrySealer(RecordCipher cipher) {
        this.cipher = cipher;
    }

    /** Prepares an entry against the content indexes of the stored entries by id, which it only reads. */
    Prepared prepare(RecordEntry entry, Map<UUID, BlindIndex> stored) {
        UUID id = idOf(cipher.index(EntryIndexes.identity(entry)));
        BlindIndex content = cipher.index(EntryIndexes.content(entry.original()));
        BlindIndex previous = stored.get(id);
        if (content.equals(previous)) {
            return new Prepared(id, null);
        }
        List<String> categories = EntryIndexes.categories(entry.detail());
        var row = new SealedRow(
                id,
                previous != null,
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
        return new Prepared(id, row);
    }

    static UUID idOf(BlindIndex identity) {
        ByteBuffer bytes = ByteBuffer.wrap(identity.bytes());
        return new UUID(bytes.getLong(), bytes.getLong());
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
