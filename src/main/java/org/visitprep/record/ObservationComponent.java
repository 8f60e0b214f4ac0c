package org.visitprep.record;

import java.util.List;

/** One component of an observation, e.g. the systolic pressure of a blood pressure reading. */
public record ObservationComponent(
        Concept code, Quantity quantity, String textValue, List<ReferenceRange> referenceRanges) {

    public ObservationComponent {
        referenceRanges = List.copyOf(referenceRanges);
    }
}
