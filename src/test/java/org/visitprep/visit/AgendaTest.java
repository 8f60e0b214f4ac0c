package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static Agenda concerns(String... texts) {
        return new Agenda(java.util.Arrays.stream(texts).map(AgendaItem::of).toList(), "", List.of(), List.of());
    }

    @Test
    void fiveConcernsAreAllowedAndASixthIsRefusedWithMessagesInEnglishAndFrench() {
        assertEquals(List.of(), concerns("a", "b", "c", "d", "e").problems());

        List<Problem> problems = concerns("a", "b", "c", "d", "e", "f").problems();

        assertEquals(List.of(Problem.of(VisitProblem.TOO_MANY_CONCERNS, 6, 5)), problems);
        assertEquals(
                "You listed 6 concerns; a visit has room for 5. Keep the 5 that matter most, or merge two of them.",
                problems.getFirst().message(Locale.ENGLISH));
        assertEquals(
                "Vous avez indiqué 6 préoccupations ; une consultation en accueille 5. Gardez les 5 qui comptent le"
                        + " plus, ou regroupez-en deux.",
                problems.getFirst().message(Locale.FRENCH));
    }

    @Test
    void anEmptyConcernIsNamedByItsPosition() {
        List<Problem> problems = concerns("Tired after meals", "   ").problems();

        assertEquals(List.of(Problem.of(VisitProblem.EMPTY_CONCERN, 2)), problems);
        assertEquals(
                "Concern 2 is empty. Write it, or remove it.",
                problems.getFirst().message(Locale.ENGLISH));
        assertEquals(
                "La préoccupation 2 est vide. Écrivez-la, ou retirez-la.",
                problems.getFirst().message(Locale.FRENCH));
    }

    @Test
    void textOverItsLimitIsRefusedWithItsLengthAndTheLimit() {
        String longConcern = "x".repeat(Agenda.LONGEST_CONCERN + 1);
        String longSymptoms = "y".repeat(Agenda.LONGEST_SYMPTOMS + 1);
        String longQuestion = "z".repeat(Agenda.LONGEST_QUESTION + 1);
        String longMedicine = "m".repeat(Agenda.LONGEST_MEDICINE + 1);
        Agenda agenda = new Agenda(
                List.of(AgendaItem.of(longConcern)),
                longSymptoms,
                List.of(AgendaItem.of("Why?"), AgendaItem.of(longQuestion)),
                List.of(AgendaItem.of(longMedicine)));

        assertEquals(
                List.of(
                        Problem.of(VisitProblem.CONCERN_TOO_LONG, 1, 301, 300),
                        Problem.of(VisitProblem.SYMPTOMS_TOO_LONG, 2001, 2000),
                        Problem.of(VisitProblem.QUESTION_TOO_LONG, 2, 301, 300),
                        Problem.of(VisitProblem.MEDICINE_TOO_LONG, 1, 121, 120)),
                agenda.problems());
    }

    @Test
    void tooManyQuestionsAndMedicinesAreRefused() {
        List<AgendaItem> eleven = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> AgendaItem.of("q" + i))
                .toList();
        List<AgendaItem> twentyOne = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> AgendaItem.of("m" + i))
                .toList();

        List<Problem> problems = new Agenda(List.of(), "", eleven, twentyOne).problems();

        assertEquals(
                List.of(
                        Problem.of(VisitProblem.TOO_MANY_QUESTIONS, 11, 10),
                        Problem.of(VisitProblem.TOO_MANY_MEDICINES, 21, 20)),
                problems);
    }

    @Test
    void aConcernMovesUpOrDownTheOrderOfImportance() {
        Agenda agenda = concerns("first", "second", "third");

        assertEquals(concerns("third", "first", "second"), agenda.withConcernMoved(3, 1));
        assertEquals(concerns("second", "third", "first"), agenda.withConcernMoved(1, 3));
        assertEquals(
                "third",
                agenda.withConcernMoved(3, 1).topConcern().orElseThrow().text());
        assertThrows(IndexOutOfBoundsException.class, () -> agenda.withConcernMoved(4, 1));
    }

    @Test
    void textIsTakenWithoutSurroundingBlanks() {
        Agenda agenda = new Agenda(List.of(AgendaItem.of("  Dizzy  ")), "\n cough \n", null, null);

        assertEquals("Dizzy", agenda.concerns().getFirst().text());
        assertEquals("cough", agenda.symptoms());
        assertTrue(agenda.questions().isEmpty());
    }
}
