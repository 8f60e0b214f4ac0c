package org.visitprep.summary.agenda;

import java.util.Objects;

/**
 * One thing the patient wants to raise, in their own words. The text is data: it is shown and quoted, never obeyed
 * by an engine and never rewritten.
 */
public record AgendaItem(AgendaKind kind, String text) {

    /** The longest text an item holds; a visit agenda is a few short lines, not a document. */
    public static final int MAX_LENGTH = 500;

    public AgendaItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an agenda item needs some text");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an agenda item holds at most " + MAX_LENGTH + " characters");
        }
    }

    public static AgendaItem concern(String text) {
        return new AgendaItem(AgendaKind.CONCERN, text);
    }

    public static AgendaItem symptom(String text) {
        return new AgendaItem(AgendaKind.SYMPTOM, text);
    }

    public static AgendaItem question(String text) {
        return new AgendaItem(AgendaKind.QUESTION, text);
    }

    public static AgendaItem medicine(String text) {
        return new AgendaItem(AgendaKind.MEDICINE, text);
    }
}
