package org.visitprep.web.patient.visit;

import java.util.Optional;
import org.visitprep.visit.Problem;
import org.visitprep.visit.VisitProblem;

/**
 * The field of the visit form a refusal is about, as an id relative to the form, so that its message shows beside
 * it; empty for a problem of the whole visit. Lines of a list are named by their row, e.g. {@code concerns:1:concern}.
 */
final class ProblemFields {

    private ProblemFields() {}

    static Optional<String> fieldOf(Problem problem, boolean otherContact) {
        if (!(problem.code() instanceof VisitProblem code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                switch (code) {
                    case APPOINTMENT_MISSING, APPOINTMENT_IN_PAST, APPOINTMENT_TOO_FAR -> "appointment";
                    case CONTACT_MISSING, UNKNOWN_CLINICIAN -> "contact";
                    case CONTACT_NAME_MISSING, CONTACT_NAME_TOO_LONG -> otherContact ? "otherName" : "contact";
                    case REASON_TOO_LONG -> "reason";
                    case SYMPTOMS_TOO_LONG -> "symptoms";
                    case EMPTY_CONCERN, CONCERN_TOO_LONG -> line("concerns", "concern", problem);
                    case EMPTY_QUESTION, QUESTION_TOO_LONG -> line("questions", "question", problem);
                    case EMPTY_MEDICINE, MEDICINE_TOO_LONG -> line("medicines", "medicine", problem);
                    default -> null;
                });
    }

    /** The input of the line the problem names by its position (its first argument, from 1). */
    private static String line(String list, String input, Problem problem) {
        try {
            int position = Integer.parseInt(problem.arguments().getFirst());
            return list + ":" + (position - 1) + ":" + input;
        } catch (RuntimeException noPosition) {
            return null;
        }
    }
}
