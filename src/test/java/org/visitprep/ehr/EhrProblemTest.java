package org.visitprep.ehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EhrProblemTest {

    @ParameterizedTest
    @EnumSource(EhrProblem.class)
    void everyProblemIsToldInEnglishAndInFrenchWithWhatItNames(EhrProblem problem) {
        List<String> arguments = List.of("Hôpital Exemple", "invalid_grant");
        String english = problem.message(Locale.ENGLISH, arguments);
        String french = problem.message(Locale.CANADA_FRENCH, arguments);

        assertNotEquals(english, french);
        assertFalse(english.contains("{") || french.contains("{"), english + " / " + french);
        if (problem != EhrProblem.STATE_MISMATCH) {
            assertTrue(english.contains("Hôpital Exemple"), english);
            assertTrue(french.contains("Hôpital Exemple"), french);
        }
        assertEquals(english, problem.message(Locale.GERMAN, arguments), "other languages get English");
    }

    @ParameterizedTest
    @EnumSource(EhrProblem.class)
    void aFailureCarriesItsProblemAndAnEnglishMessageWithoutTheCausesDetails(EhrProblem problem) {
        EhrFailure failure =
                new EhrFailure(problem, new IllegalStateException("Bearer secret-token-value"), "Example EHR", "x");

        assertEquals(problem, failure.problem());
        assertEquals(problem.message(Locale.ENGLISH, List.of("Example EHR", "x")), failure.getMessage());
        assertFalse(String.valueOf(failure.getCause().getMessage()).contains("secret-token-value"));
    }

    @org.junit.jupiter.api.Test
    void aLongArgumentIsShortened() {
        String message = EhrProblem.UNKNOWN_EHR.message(Locale.ENGLISH, List.of("https://" + "x".repeat(500)));

        assertTrue(message.contains("…"), message);
        assertTrue(message.length() < 400, message);
    }
}
