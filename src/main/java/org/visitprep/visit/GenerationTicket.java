package org.visitprep.visit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The claim on generating one visit's summary: whoever holds it runs the engine, outside any transaction, then hands
 * the draft to {@link Visits#completeGeneration} or gives up with {@link Visits#abandonGeneration}.
 */
public record GenerationTicket(UUID patientId, UUID visitId, UUID token, Instant startedAt) {

    public GenerationTicket {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
