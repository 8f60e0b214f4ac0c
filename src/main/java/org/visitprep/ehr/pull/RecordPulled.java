package org.visitprep.ehr.pull;

import java.util.Objects;

/** The record was pulled: hand {@link PulledRecord#importSource()} to the record import. */
public record RecordPulled(PulledRecord record) implements PullOutcome {

    public RecordPulled {
        Objects.requireNonNull(record, "record");
    }
}
