package org.visitprep.record.storage;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.visitprep.record.EntryKind;

/**
 * A {@code record_entry} row ready to write: the entry sealed and indexed for one patient.
 *
 * @param id the blind index of the entry's identity, as a UUID
 * @param replacesStored whether it replaces a stored version of the entry (same id) rather than adding one
 */
record SealedRow(
        UUID id,
        boolean replacesStored,
        BlindIndex contentIndex,
        EntryKind kind,
        String resourceType,
        OffsetDateTime effectiveStart,
        BlindIndex codeIndex,
        BlindIndex categoryIndex,
        boolean moreCategories,
        byte[] detailSealed,
        byte[] originalSealed) {}
