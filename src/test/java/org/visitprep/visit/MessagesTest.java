package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitprep.sharing.SharingProblem;

/** Every problem of visit preparation and sharing has its message in English and in French. */
class MessagesTest {

    static Stream<Problem.Code> codes() {
        return Stream.concat(Arrays.stream(VisitProblem.values()), Arrays.stream(SharingProblem.values()));
    }

    @ParameterizedTest
    @MethodSource("codes")
    void hasAnEnglishAndAFrenchMessage(Problem.Code code) {
        Problem problem = Problem.of(code, "7", "8", "9");

        String english = problem.message(Locale.ENGLISH);
        String french = problem.message(Locale.FRENCH);

        assertFalse(english.isBlank());
        assertFalse(french.isBlank());
        assertNotEquals(english, french, code + " reads the same in both languages");
        assertFalse(english.contains("{") || french.contains("{"), code + " leaves a placeholder");
        assertTrue(
                ResourceBundle.getBundle(code.bundle(), Locale.FRENCH)
                        .getLocale()
                        .getLanguage()
                        .equals("fr"),
                "no French bundle for " + code);
    }

    @ParameterizedTest
    @MethodSource("codes")
    void anotherLanguageReadsEnglish(Problem.Code code) {
        Problem problem = Problem.of(code, "7", "8", "9");

        assertTrue(problem.message(Locale.GERMAN).equals(problem.message(Locale.ENGLISH)));
    }
}
