package org.visitprep.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the patient wants to talk about, in their own words: up to {@value #MOST_CONCERNS} concerns, most important
 * first; symptoms since the last visit; questions; medicines to discuss.
 */
public record Agenda(
        List<AgendaItem> concerns, String symptoms, List<AgendaItem> questions, List<AgendaItem> medicines) {

    public static final int MOST_CONCERNS = 5;
    public static final int LONGEST_CONCERN = 300;
    public static final int LONGEST_SYMPTOMS = 2000;
    public static final int MOST_QUESTIONS = 10;
    public static final int LONGEST_QUESTION = 300;
    public static final int MOST_MEDICINES = 20;
    public static final int LONGEST_MEDICINE = 120;

    public Agenda {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        symptoms = symptoms == null ? "" : symptoms.strip();
        questions = questions == null ? List.of() : List.copyOf(questions);
        medicines = medicines == null ? List.of() : List.copyOf(medicines);
    }

    public static Agenda empty() {
        return new Agenda(List.of(), "", List.of(), List.of());
    }

    /** The concern that matters most to the patient, if they named any. */
    public Optional<AgendaItem> topConcern() {
        return concerns.stream().findFirst();
    }

    /**
     * The same agenda with a concern moved to another place in the order of importance.
     *
     * @param from the concern's position, from 1
     * @param to its new position, from 1
     * @throws IndexOutOfBoundsException when a position names no concern
     */
    public Agenda withConcernMoved(int from, int to) {
        if (from < 1 || from > concerns.size() || to < 1 || to > concerns.size()) {
            throw new IndexOutOfBoundsException("No concern at " + from + " or " + to + " of " + concerns.size());
        }
        List<AgendaItem> reordered = new ArrayList<>(concerns);
        reordered.add(to - 1, reordered.remove(from - 1));
        return new Agenda(reordered, symptoms, questions, medicines);
    }

    /** What breaks the agenda's limits: none for an agenda that can be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        checkItems(
                concerns,
                MOST_CONCERNS,
                LONGEST_CONCERN,
                VisitProblem.TOO_MANY_CONCERNS,
                VisitProblem.EMPTY_CONCERN,
                VisitProblem.CONCERN_TOO_LONG,
                problems);
        if (symptoms.length() > LONGEST_SYMPTOMS) {
            problems.add(Problem.of(VisitProblem.SYMPTOMS_TOO_LONG, symptoms.length(), LONGEST_SYMPTOMS));
        }
        checkItems(
                questions,
                MOST_QUESTIONS,
                LONGEST_QUESTION,
                VisitProblem.TOO_MANY_QUESTIONS,
                VisitProblem.EMPTY_QUESTION,
                VisitProblem.QUESTION_TOO_LONG,
                problems);
        checkItems(
                medicines,
                MOST_MEDICINES,
                LONGEST_MEDICINE,
                VisitProblem.TOO_MANY_MEDICINES,
                VisitProblem.EMPTY_MEDICINE,
                VisitProblem.MEDICINE_TOO_LONG,
                problems);
        return problems;
    }

    private static void checkItems(
            List<AgendaItem> items,
            int most,
            int longest,
            VisitProblem tooMany,
            VisitProblem empty,
            VisitProblem tooLong,
            List<Problem> problems) {
        if (items.size() > most) {
            problems.add(Problem.of(tooMany, items.size(), most));
        }
        for (int position = 1; position <= items.size(); position++) {
            String text = items.get(position - 1).text();
            if (text.isEmpty()) {
                problems.add(Problem.of(empty, position));
            } else if (text.length() > longest) {
                problems.add(Problem.of(tooLong, position, text.length(), longest));
            }
        }
    }
}
