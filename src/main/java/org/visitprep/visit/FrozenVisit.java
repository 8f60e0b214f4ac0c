package org.visitprep.visit;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The visit as the patient approved it, kept inside the approved summary so that what was shared reads the same
 * whatever happens to the visit afterwards.
 */
public record FrozenVisit(ZonedDateTime appointment, CareContact with, String reason, Agenda agenda) {

    public FrozenVisit {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(with, "with");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(agenda, "agenda");
    }
}
