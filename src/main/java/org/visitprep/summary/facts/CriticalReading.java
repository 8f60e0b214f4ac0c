package org.visitprep.summary.facts;

import java.util.Objects;
import org.visitprep.lab.LabFlag;

/**
 * A value of the window at a critical level ({@link LabFlag#isCritical()}), by the catalogue's critical limits or
 * the laboratory's own flag, kept with the result it came before so a summary states it even when a later value is
 * back in range.
 */
public record CriticalReading(Reading reading, LabFlag flag) {

    public CriticalReading {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(flag, "flag");
        if (!flag.isCritical()) {
            throw new IllegalArgumentException("a critical reading has a critical flag, not " + flag);
        }
    }
}
