package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.visitprep.summary.agenda.AgendaKind;

/** The agenda the engines read: in order of importance, within their limits. */
class EngineAgendaTest {

    @Test
    void concernsComeFirstThenSymptomsQuestionsAndMedicines() {
        Agenda agenda = new Agenda(
                List.of(AgendaItem.of("Tired"), AgendaItem.of("Knee")),
                "Dizzy in the morning",
                List.of(AgendaItem.of("Should I test at home?")),
                List.of(AgendaItem.of("Metformin")));

        var items = EngineAgenda.of(agenda).items();

        assertEquals(
                List.of(
                        AgendaKind.CONCERN,
                        AgendaKind.CONCERN,
                        AgendaKind.SYMPTOM,
                        AgendaKind.QUESTION,
                        AgendaKind.MEDICINE),
                items.stream().map(item -> item.kind()).toList());
        assertEquals("Knee", items.get(1).text());
    }

    @Test
    void theLeastImportantItemsGoWhenTheAgendaIsLongerThanTheEnginesTake() {
        List<AgendaItem> medicines = IntStream.rangeClosed(1, Agenda.MOST_MEDICINES)
                .mapToObj(n -> AgendaItem.of("Medicine " + n))
                .toList();
        Agenda agenda = new Agenda(List.of(AgendaItem.of("Tired")), "", List.of(AgendaItem.of("Why?")), medicines);

        var items = EngineAgenda.of(agenda).items();

        assertEquals(org.visitprep.summary.agenda.Agenda.MAX_ITEMS, items.size());
        assertEquals("Tired", items.getFirst().text());
        assertEquals("Medicine 18", items.getLast().text());
    }

    @Test
    void longSymptomsAreCutAtAWord() {
        String symptoms = "word ".repeat(Agenda.LONGEST_SYMPTOMS / 5);

        String cut = EngineAgenda.shortened(symptoms.strip());

        assertTrue(cut.length() <= org.visitprep.summary.agenda.AgendaItem.MAX_LENGTH, "length " + cut.length());
        assertTrue(cut.endsWith("word…"), cut);
    }
}
