package org.visitprep.web.patient.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.visitprep.visit.Problem;
import org.visitprep.visit.VisitProblem;

/** Each refusal of the visit form lands beside the field it is about. */
class ProblemFieldsTest {

    @Test
    void aProblemOfALineLandsBesideThatLine() {
        assertEquals(
                "concerns:1:concern",
                ProblemFields.fieldOf(Problem.of(VisitProblem.CONCERN_TOO_LONG, 2, 301, 300), false)
                        .orElseThrow());
        assertEquals(
                "questions:0:question",
                ProblemFields.fieldOf(Problem.of(VisitProblem.EMPTY_QUESTION, 1), false)
                        .orElseThrow());
        assertEquals(
                "medicines:4:medicine",
                ProblemFields.fieldOf(Problem.of(VisitProblem.MEDICINE_TOO_LONG, 5, 130, 120), false)
                        .orElseThrow());
    }

    @Test
    void aProblemOfAFieldLandsBesideIt() {
        assertEquals(
                "appointment",
                ProblemFields.fieldOf(Problem.of(VisitProblem.APPOINTMENT_IN_PAST, 7), false)
                        .orElseThrow());
        assertEquals(
                "contact",
                ProblemFields.fieldOf(Problem.of(VisitProblem.UNKNOWN_CLINICIAN), false)
                        .orElseThrow());
        assertEquals(
                "otherName",
                ProblemFields.fieldOf(Problem.of(VisitProblem.CONTACT_NAME_MISSING), true)
                        .orElseThrow());
        assertEquals(
                "symptoms",
                ProblemFields.fieldOf(Problem.of(VisitProblem.SYMPTOMS_TOO_LONG, 2001, 2000), false)
                        .orElseThrow());
    }

    @Test
    void aProblemOfTheWholeVisitLandsAtTheTop() {
        assertTrue(ProblemFields.fieldOf(Problem.of(VisitProblem.ALREADY_APPROVED), false)
                .isEmpty());
        assertTrue(ProblemFields.fieldOf(Problem.of(VisitProblem.TOO_MANY_CONCERNS, 6, 5), false)
                .isEmpty());
    }
}
