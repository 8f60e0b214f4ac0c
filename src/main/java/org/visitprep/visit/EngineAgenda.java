package org.visitprep.visit;

import java.util.ArrayList;
import java.util.List;
import org.visitprep.summary.agenda.AgendaItem;

/**
 * The patient's agenda as the summary engines read it: concerns most important first, then the symptoms, the
 * questions and the medicines. The engines take fewer and shorter items than a visit holds, so the least important
 * items go first (the last medicines, then the last questions) and long symptoms are cut at a word. The visit and
 * the approved summary keep the agenda whole.
 */
final class EngineAgenda {

    private static final String CUT = "…";

    private EngineAgenda() {}

    static org.visitprep.summary.agenda.Agenda of(Agenda agenda) {
        List<AgendaItem> items = new ArrayList<>();
        agenda.concerns().forEach(concern -> items.add(AgendaItem.concern(shortened(concern.text()))));
        if (!agenda.symptoms().isBlank()) {
            items.add(AgendaItem.symptom(shortened(agenda.symptoms())));
        }
        agenda.questions().forEach(question -> items.add(AgendaItem.question(shortened(question.text()))));
        agenda.medicines().forEach(medicine -> items.add(AgendaItem.medicine(shortened(medicine.text()))));
        int most = org.visitprep.summary.agenda.Agenda.MAX_ITEMS;
        return new org.visitprep.summary.agenda.Agenda(items.size() > most ? items.subList(0, most) : items);
    }

    /** The text within an engine item's length, cut at the last space that fits. */
    static String shortened(String text) {
        int longest = AgendaItem.MAX_LENGTH;
        if (text.length() <= longest) {
            return text;
        }
        String head = text.substring(0, longest - CUT.length());
        int space = head.lastIndexOf(' ');
        return (space > longest / 2 ? head.substring(0, space) : head).strip() + CUT;
    }
}
