package org.visitprep.visit;

import java.time.ZonedDateTime;

/**
 * What the patient fills in to prepare a visit.
 *
 * @param appointment when, in the zone of the place of the appointment
 * @param with whom the appointment is with; a clinician's name is taken from their account
 * @param reason why the visit, in the patient's words (may be empty)
 * @param agenda what the patient wants to talk about
 */
public record VisitForm(ZonedDateTime appointment, CareContact with, String reason, Agenda agenda) {

    public static final int LONGEST_REASON = 300;

    public VisitForm {
        reason = reason == null ? "" : reason.strip();
        agenda = agenda == null ? Agenda.empty() : agenda;
    }

    public VisitForm withAgenda(Agenda replacement) {
        return new VisitForm(appointment, with, reason, replacement);
    }
}
