package org.visitprep.summary.facts;

import java.time.Instant;
import java.time.ZoneOffset;
import org.visitprep.record.RecordTime;
import org.visitprep.record.StoredEntry;

/** Orders entries as {@link org.visitprep.record.PatientRecord} does: by start instant, else start of day in UTC. */
final class Times {

    private Times() {}

    static Instant instantOf(StoredEntry entry) {
        if (entry.effective() == null) {
            return null;
        }
        RecordTime start = entry.effective().start();
        return start.instant() != null
                ? start.instant()
                : start.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
