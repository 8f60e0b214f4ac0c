package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.summary.agenda.AgendaKind;

/**
 * An item of the patient's agenda, in their words, with the facts the keyword table linked to it.
 *
 * @param position its place in the agenda, from 1
 * @param topics the ids of the agenda topics its words touch
 * @param linkedFactIds the facts shown with it
 */
public record AgendaItemFact(
        String id, int position, AgendaKind kind, String text, List<String> topics, List<String> linkedFactIds)
        implements Fact {

    public AgendaItemFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        topics = List.copyOf(topics);
        linkedFactIds = List.copyOf(linkedFactIds);
    }

    @Override
    public List<UUID> entryIds() {
        return List.of();
    }

    @Override
    public List<LocalDate> dates() {
        return List.of();
    }

    @Override
    public List<String> verbatim() {
        return List.of(text);
    }
}
