package org.visitprep.summary.verify;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.visitprep.summary.draft.FindingKind;

/**
 * One pattern of a sentence a summary must never contain, with examples it must catch and sentences it must let
 * through.
 *
 * @param language the language the pattern is written for ("en", "fr"); every rule applies to every sentence
 * @param kind {@link FindingKind#DIAGNOSIS} or {@link FindingKind#TREATMENT_DIRECTIVE}
 * @param pattern matched against folded text (lower case, no accents)
 */
public record SafetyRule(
        String id, String language, FindingKind kind, Pattern pattern, List<String> examples, List<String> allowed) {

    public SafetyRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
        examples = List.copyOf(examples);
        allowed = List.copyOf(allowed);
    }

    /** Whether the folded text breaks the rule. */
    public boolean isBrokenBy(String folded) {
        return pattern.matcher(folded).find();
    }
}
