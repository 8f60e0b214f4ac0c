package org.visitprep.record.reading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every problem has its message in English and in French, and both render with their arguments. */
class ImportProblemMessagesTest {

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyProblemReadsInEnglishAndFrench(ProblemCode code) {
        ResourceBundle english = bundle(Locale.ENGLISH);
        ResourceBundle french = bundle(Locale.FRENCH);
        assertTrue(english.containsKey(code.messageKey()), code + " has no English message");
        assertTrue(Collections.list(french.getKeys()).contains(code.messageKey()), code + " has no French message");

        ImportProblem problem =
                ImportProblem.of(code, new ProblemLocation("file.json", 3, 7, "entry[2]"), "first", "second", "third");
        String inEnglish = problem.message(Locale.ENGLISH);
        String inFrench = problem.message(Locale.FRENCH);
        assertNotEquals(inEnglish, inFrench);
        assertTrue(inEnglish.startsWith("file.json, line 3, column 7"), inEnglish);
        assertTrue(inFrench.startsWith("file.json, ligne 3, colonne 7"), inFrench);
        assertFalse(inEnglish.contains("{") || inFrench.contains("{"), "every placeholder is filled");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "org.visitprep.record.reading.ImportProblems",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
