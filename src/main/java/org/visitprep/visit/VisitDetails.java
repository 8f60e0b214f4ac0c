package org.visitprep.visit;

import java.util.Objects;

/**
 * The part of a visit preparation that the patient wrote, stored sealed: the reason, the name of whom the visit is
 * with, and the agenda.
 */
public record VisitDetails(String reason, String contactName, Agenda agenda) {

    /** The purpose the details are sealed under. */
    static final String PURPOSE = "visit.details";

    public VisitDetails {
        reason = reason == null ? "" : reason;
        contactName = contactName == null ? "" : contactName;
        Objects.requireNonNull(agenda, "agenda");
    }
}
