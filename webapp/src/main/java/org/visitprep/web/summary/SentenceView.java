package org.visitprep.web.summary;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.visitprep.visit.SentenceOrigin;

/**
 * One sentence as a page shows it.
 *
 * @param citations the record entries it cites, in the engine's order
 * @param agendaItems the lines of the patient's agenda it restates, when it rests on their words
 */
public record SentenceView(
        int number,
        String text,
        SentenceOrigin origin,
        boolean removed,
        List<UUID> citations,
        List<AgendaLine> agendaItems)
        implements Serializable {

    public SentenceView {
        citations = List.copyOf(citations);
        agendaItems = List.copyOf(agendaItems);
    }

    public boolean isEditedByPatient() {
        return origin == SentenceOrigin.EDITED_BY_PATIENT;
    }

    public boolean isAddedByPatient() {
        return origin == SentenceOrigin.ADDED_BY_PATIENT;
    }

    /** Whether it rests on anything a reader can open: record entries or the patient's agenda. */
    public boolean hasSources() {
        return !citations.isEmpty() || !agendaItems.isEmpty();
    }

    public int getSourceCount() {
        return citations.size() + agendaItems.size();
    }

    public boolean cites(UUID entryId) {
        return citations.contains(entryId);
    }
}
