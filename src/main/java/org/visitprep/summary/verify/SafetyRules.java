package org.visitprep.summary.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.wording.Folding;

/**
 * The rule set against diagnoses and treatment directives, in English and French, read once from
 * {@code safety-rules.json} next to this class. A rule file that names an unknown macro or kind is refused. Patterns
 * are matched against {@linkplain Folding folded} text, which is lower case and has no accents: they are written so,
 * and compiled without case or Unicode classes, which would only slow them.
 */
public final class SafetyRules {

    static final String RESOURCE = "safety-rules.json";
    private static final Pattern MACRO = Pattern.compile("\\{([a-z_]+)}");

    private final List<SafetyRule> rules;

    SafetyRules(List<SafetyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SafetyRules standard() {
        return Shipped.RULES;
    }

    static SafetyRules read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Map<String, String> macros = new HashMap<>();
        root.path("macros")
                .properties()
                .forEach(macro -> macros.put(macro.getKey(), macro.getValue().asText()));
        List<SafetyRule> rules = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            String id = rule.path("id").asText();
            String pattern = MACRO.matcher(rule.path("pattern").asText()).replaceAll(found -> {
                String macro = macros.get(found.group(1));
                if (macro == null) {
                    throw new IllegalStateException("safety rule " + id + " names the unknown macro " + found.group());
                }
                return java.util.regex.Matcher.quoteReplacement(macro);
            });
            FindingKind kind = FindingKind.valueOf(rule.path("kind").asText());
            if (kind != FindingKind.DIAGNOSIS && kind != FindingKind.TREATMENT_DIRECTIVE) {
                throw new IllegalStateException("safety rule " + id + " has the kind " + kind);
            }
            rules.add(new SafetyRule(
                    id,
                    rule.path("language").asText(),
                    kind,
                    Pattern.compile(pattern),
                    texts(rule.path("examples")),
                    texts(rule.path("allowed"))));
        }
        return new SafetyRules(rules);
    }

    public List<SafetyRule> rules() {
        return rules;
    }

    /** The first rule the text breaks; the text is folded first. */
    public Optional<SafetyRule> brokenBy(String text) {
        String folded = Folding.fold(text);
        return rules.stream().filter(rule -> rule.isBrokenBy(folded)).findFirst();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return texts;
    }

    private static final class Shipped {

        static final SafetyRules RULES = load();

        private static SafetyRules load() {
            try (InputStream json = SafetyRules.class.getResourceAsStream(RESOURCE)) {
                if (json == null) {
                    throw new IllegalStateException(RESOURCE + " is missing next to " + SafetyRules.class.getName());
                }
                return read(json);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + RESOURCE, e);
            }
        }
    }
}
