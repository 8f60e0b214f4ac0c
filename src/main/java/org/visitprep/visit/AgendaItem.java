package org.visitprep.visit;

/** One line of the patient's agenda (a concern, a question, a medicine), in their own words. */
public record AgendaItem(String text) {

    public AgendaItem {
        text = text == null ? "" : text.strip();
    }

    public static AgendaItem of(String text) {
        return new AgendaItem(text);
    }
}
