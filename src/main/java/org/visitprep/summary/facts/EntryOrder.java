package org.visitprep.summary.facts;

import java.time.Instant;
import java.util.Comparator;
import org.visitprep.record.StoredEntry;

/**
 * The one order the facts read entries in: by time (entries without one last), then by what they say, so that two
 * entries of the same moment always come in the same order. The stored record breaks such ties by entry id, which
 * differs from one account (and one database) to the next; the facts, and so the summary, must not.
 */
final class EntryOrder {

    /** Oldest first; at the same moment, by resource type and then the entry's whole content. */
    static final Comparator<StoredEntry> OLDEST_FIRST = Comparator.comparing(
                    Times::instantOf, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(StoredEntry::resourceType)
            .thenComparing(EntryOrder::contentKey);

    private EntryOrder() {}

    /**
     * What the entry says, as text: its kind's values (the normalized detail, field by field) and its time as
     * written. Two entries with the same key say the same thing, so which comes first cannot change a sentence.
     */
    static String contentKey(StoredEntry entry) {
        return entry.detail() + "|" + entry.effective();
    }
}
