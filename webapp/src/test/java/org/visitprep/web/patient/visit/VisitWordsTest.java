package org.visitprep.web.patient.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitprep.sharing.AccessOutcome;
import org.visitprep.sharing.Channel;
import org.visitprep.sharing.GrantState;
import org.visitprep.sharing.WorklistStatus;
import org.visitprep.summary.agenda.AgendaKind;
import org.visitprep.visit.GenerationProgress;
import org.visitprep.visit.VisitStatus;

/**
 * Every word the visit and clinician pages use exists in English and in French: the same keys in both bundles, every
 * key a page names, and a key for every value of the enumerations the pages name by prefix.
 */
class VisitWordsTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    @ParameterizedTest
    @ValueSource(strings = {"org/visitprep/web/patient/visit/messages", "org/visitprep/web/clinician/messages"})
    void englishAndFrenchHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties french = load(bundle + "_fr.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"visitMsg", "clinicianMsg"})
    void everyKeyAPageNamesExists(String variable) throws IOException {
        Set<String> keys = load(bundleOf(variable) + ".properties").stringPropertyNames();
        Pattern named = Pattern.compile(variable + "\\['([^']+)'\\]");
        try (Stream<Path> pages = Files.walk(PAGES)) {
            for (Path page :
                    pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = named.matcher(Files.readString(page));
                while (matcher.find()) {
                    assertTrue(keys.contains(matcher.group(1)), page + " names " + matcher.group(1));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"status.", "grant.state.", "access.channel.", "access.outcome.", "agenda.kind.", "stage"})
    void everyValueOfAnEnumerationHasItsWord(String prefix) throws IOException {
        Set<String> keys =
                load("org/visitprep/web/patient/visit/messages.properties").stringPropertyNames();
        Enum<?>[] values = switch (prefix) {
            case "status." -> VisitStatus.values();
            case "grant.state." -> GrantState.values();
            case "access.channel." -> Channel.values();
            case "access.outcome." -> AccessOutcome.values();
            case "agenda.kind." -> AgendaKind.values();
            default -> GenerationProgress.Stage.values();
        };
        String keyPrefix = prefix.equals("stage") ? "generation.stage." : prefix;
        Arrays.stream(values).forEach(value -> assertTrue(keys.contains(keyPrefix + value.name()), keyPrefix + value));
        Set<String> clinician =
                load("org/visitprep/web/clinician/messages.properties").stringPropertyNames();
        Arrays.stream(WorklistStatus.values())
                .forEach(status -> assertTrue(clinician.contains("worklist.status." + status.name()), status.name()));
    }

    private static String bundleOf(String variable) {
        return variable.equals("visitMsg")
                ? "org/visitprep/web/patient/visit/messages"
                : "org/visitprep/web/clinician/messages";
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VisitWordsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
