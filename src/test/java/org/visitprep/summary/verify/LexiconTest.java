package org.visitprep.summary.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.EncounterSetting;
import org.visitprep.summary.wording.Normalised;

/**
 * The reviewed lexicons against the grounded engine's phrasebooks: every word the engine writes, for each reader, is
 * one the lexicon allows, so that a phrase change that adds a word fails here with the words to review. And the files
 * themselves: written folded, no refused word among the vocabulary, a reader's words nobody else's, an unknown section
 * refused.
 */
class LexiconTest {

    private static final String PHRASEBOOKS = "/org/visitprep/summary/grounded/";
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 4, 1);

    /** The sentence about an emergency visit cites one: only then may it say "emergency". */
    private static final EncounterFact EMERGENCY =
            new EncounterFact("Fe0000001", EncounterSetting.EMERGENCY, "ER", VISIT_DAY, null, null, UUID.randomUUID());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void allowsEveryWordOfTheGroundedPhrasebooksForEachReader(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        String suffix = language.equals("en") ? "" : "_" + language;
        Properties forPatient = phrasebook("Sentences" + suffix);
        Properties forClinician = new Properties();
        forClinician.putAll(forPatient);
        forClinician.putAll(phrasebook("ClinicianSentences" + suffix));
        TreeSet<String> missing = new TreeSet<>();
        missing.addAll(missingWords(forPatient, locale, Audience.PATIENT));
        missing.addAll(missingWords(forClinician, locale, Audience.CLINICIAN));
        assertEquals(
                List.of(),
                List.copyOf(missing),
                "words of the grounded phrasebooks (" + language + ") that lexicon-" + language + ".txt does not"
                        + " allow: review them and add them to its [words] section, or change the phrase");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void keepsTheFilesFoldedAndTheRefusedWordsOutOfTheVocabulary(String language) throws IOException {
        Lexicon lexicon = Lexicon.of(Locale.forLanguageTag(language));
        String section = "";
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon-" + language + ".txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[")) {
                    section = entry;
                    continue;
                }
                assertEquals(Normalised.characters(entry), entry, "written folded: " + entry);
                boolean refused = section.equals("[evaluation]")
                        || section.equals("[advice]")
                        || section.equals("[change]")
                        || section.equals("[relative time]");
                if (refused && !entry.contains(" ")) {
                    assertFalse(lexicon.isVocabulary(entry), entry + " is refused and yet in the vocabulary");
                }
                if (section.equals("[patient]") || section.equals("[clinician]")) {
                    for (String word : entry.split("\\s+")) {
                        assertFalse(lexicon.isVocabulary(word), word + " belongs to one reader only");
                    }
                }
            }
        }
        assertTrue(
                lexicon.allWords().size() > 300, "words: " + lexicon.allWords().size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[judgement SOMEWHERE_ELSE]", "[duration FORTNIGHTS]", "[slang]"})
    void refusesALexiconWithAnUnknownSection(String section) {
        byte[] file = ("# a lexicon\n[words]\nthe\n" + section + "\nfoo\n").getBytes(StandardCharsets.UTF_8);
        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> Lexicon.read(new ByteArrayInputStream(file), "lexicon-test.txt"));
        assertEquals("lexicon-test.txt, line 4: unknown section " + section, refused.getMessage());
    }

    private static Properties phrasebook(String name) throws IOException {
        Properties phrases = new Properties();
        try (InputStream in = LexiconTest.class.getResourceAsStream(PHRASEBOOKS + name + ".properties")) {
            phrases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return phrases;
    }

    private static List<String> missingWords(Properties phrases, Locale locale, Audience reader) {
        List<String> missing = new ArrayList<>();
        for (String phrase : phrases.stringPropertyNames()) {
            String text =
                    phrases.getProperty(phrase).replaceAll("\\{[0-9]}", " ").replace("''", "'");
            List<FactGrounds> cited =
                    phrase.startsWith("encounter.EMERGENCY") ? List.of(new FactGrounds(EMERGENCY, locale)) : List.of();
            CheckedText checked = new CheckedText(Normalised.of(text, locale), locale, reader, false, cited, VISIT_DAY);
            for (Words.Word word : Words.of(checked.text())) {
                Vocabulary.refusal(checked, word.text())
                        .ifPresent(kind -> missing.add(word.text() + " (" + phrase + ", " + reader + ")"));
            }
        }
        return missing;
    }
}
