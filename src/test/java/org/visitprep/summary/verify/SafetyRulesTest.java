package org.visitprep.summary.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.wording.Folding;

/** The rule set against diagnoses and directives: each rule catches its examples and lets its allowed text pass. */
class SafetyRulesTest {

    private static final SafetyRules RULES = SafetyRules.standard();

    static Stream<SafetyRule> rules() {
        return RULES.rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void catchesItsExamplesAndNoRuleCatchesWhatItAllows(SafetyRule rule) {
        assertFalse(rule.examples().isEmpty(), rule.id() + " has no example");
        for (String example : rule.examples()) {
            assertTrue(rule.isBrokenBy(Folding.fold(example)), rule.id() + " misses: " + example);
        }
        for (String allowed : rule.allowed()) {
            assertTrue(
                    RULES.brokenBy(allowed).isEmpty(),
                    () -> allowed + " is caught by "
                            + RULES.brokenBy(allowed).orElseThrow().id());
        }
    }

    @Test
    void coversDiagnosesAndDirectivesInBothLanguages() {
        Set<String> covered = RULES.rules().stream()
                .map(rule -> rule.language() + "/" + rule.kind())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of("en/DIAGNOSIS", "en/TREATMENT_DIRECTIVE", "fr/DIAGNOSIS", "fr/TREATMENT_DIRECTIVE"), covered);
    }

    @Test
    void catchesTheSentencesTheBriefNames() {
        for (String sentence : new String[] {
            "you have diabetes",
            "Vous avez un diabète.",
            "This means you have",
            "Take 500 mg",
            "Increase your dose.",
            "Stop taking it.",
            "Arrêtez.",
            "Prenez ce comprimé.",
            "You should start metformin.",
            "The patient has cancer."
        }) {
            assertTrue(RULES.brokenBy(sentence).isPresent(), sentence);
        }
        assertEquals(
                FindingKind.DIAGNOSIS,
                RULES.brokenBy("Vous souffrez d'une anémie.").orElseThrow().kind());
        assertEquals(
                FindingKind.TREATMENT_DIRECTIVE,
                RULES.brokenBy("Take 500 mg twice a day").orElseThrow().kind());
    }

    @Test
    void refusesARuleNamingAnUnknownMacro() {
        String json = "{\"macros\":{},\"rules\":[{\"id\":\"x\",\"language\":\"en\",\"kind\":\"DIAGNOSIS\","
                + "\"pattern\":\"you have {nothing}\",\"examples\":[],\"allowed\":[]}]}";
        assertThrows(
                IllegalStateException.class,
                () -> SafetyRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
