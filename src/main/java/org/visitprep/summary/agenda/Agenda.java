package org.visitprep.summary.agenda;

import java.util.List;

/** The patient's agenda for a visit: their items in the order they want to raise them. */
public record Agenda(List<AgendaItem> items) {

    /** More than this is no longer an agenda for a short visit. */
    public static final int MAX_ITEMS = 20;

    public Agenda {
        items = List.copyOf(items);
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("an agenda holds at most " + MAX_ITEMS + " items");
        }
    }

    public static Agenda of(AgendaItem... items) {
        return new Agenda(List.of(items));
    }

    public static Agenda empty() {
        return new Agenda(List.of());
    }
}
