package org.visitprep.summary.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitprep.lab.LabFlag;
import org.visitprep.lab.LocalizedText;
import org.visitprep.lab.ResultJudgement;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.facts.AllergyFact;
import org.visitprep.summary.facts.Average;
import org.visitprep.summary.facts.ConditionFact;
import org.visitprep.summary.facts.Dose;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.EncounterSetting;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.MedicationEvent;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.PatientContextFact;
import org.visitprep.summary.facts.Reading;
import org.visitprep.summary.facts.RecordListFact;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.WellnessMeasure;
import org.visitprep.summary.facts.WellnessTrendFact;
import org.visitprep.summary.wording.Normalised;

/**
 * The reviewed lexicons against the grounded engine's phrasebooks: every word the engine writes, for each reader, is
 * one the lexicon allows, given the facts the phrase is written about ("female" only of a patient the record says is
 * female, "negative" only of a result that reads so), so that a phrase change that adds a word fails here with the
 * words to review. And the files themselves: written folded, no refused word among the vocabulary, a reader's words
 * nobody else's, a bound word nobody's without its fact, an unknown section refused.
 */
class LexiconTest {

    private static final String PHRASEBOOKS = "/org/visitprep/summary/grounded/";
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 4, 1);

    /** The sentence about an emergency visit cites one: only then may it say "emergency". */
    private static final EncounterFact EMERGENCY =
            new EncounterFact("Fe0000001", EncounterSetting.EMERGENCY, "ER", VISIT_DAY, null, null, UUID.randomUUID());

    /** The facts each phrase is written about, by the start of its key: what lets it use a bound word or a label. */
    private static final Map<String, Fact> ABOUT = Map.ofEntries(
            Map.entry("encounter.EMERGENCY", EMERGENCY),
            Map.entry("glance.context", context("female")),
            Map.entry("glance.age", context(null)),
            Map.entry("glance.sex", context("female")),
            Map.entry("sex.female", context("female")),
            Map.entry("sex.male", context("male")),
            Map.entry("sex.other", context("other")),
            Map.entry("sex.unknown", context("unknown")),
            Map.entry("glance.ACTIVE_PROBLEMS", list(RecordListFact.Kind.ACTIVE_PROBLEMS)),
            Map.entry("glance.ALLERGIES", list(RecordListFact.Kind.ALLERGIES)),
            Map.entry("allergy.", allergy()),
            Map.entry("status.active", condition("active")),
            Map.entry("medication.ENTERED_IN_ERROR", medicine(MedicationEvent.ENTERED_IN_ERROR, false)),
            Map.entry("status.entered-in-error", medicine(MedicationEvent.ENTERED_IN_ERROR, false)),
            Map.entry("dose.asNeeded", medicine(MedicationEvent.DOSAGE_CHANGED, true)),
            Map.entry("result.undecided.", result(null, ResultJudgement.Basis.UNDECIDED)),
            Map.entry("wellness.ACTIVE_ENERGY", activeEnergy()),
            Map.entry("labflag.POS", flagged("POS")),
            Map.entry("labflag.DET", flagged("DET")),
            Map.entry("labflag.RR", flagged("RR")),
            Map.entry("labflag.WR", flagged("WR")),
            Map.entry("labflag.NEG", flagged("NEG")),
            Map.entry("labflag.ND", flagged("ND")),
            Map.entry("labflag.NR", flagged("NR")));

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void keepsTheBoundWordsAndLabelsOutOfTheVocabulary(String language) {
        Lexicon lexicon = Lexicon.of(Locale.forLanguageTag(language));
        List<String> everyday = lexicon.phrases(Lexicon.Kind.BOUND).stream()
                .filter(phrase -> phrase.bound() != Bound.SEX_OTHER)
                .filter(phrase -> phrase.words().stream().allMatch(lexicon::isVocabulary))
                .map(Lexicon.Phrase::text)
                .sorted()
                .toList();
        assertEquals(List.of(), everyday, "bound phrases anyone could write with the vocabulary's words");
        for (Lexicon.Label label : Lexicon.Label.values()) {
            assertFalse(lexicon.labelWords(label).isEmpty(), "no label of " + label);
            lexicon.labelWords(label)
                    .forEach(word -> assertFalse(lexicon.isVocabulary(word), word + " labels and is a word of all"));
        }
    }

    private static List<Fact> about(String phrase) {
        return ABOUT.entrySet().stream()
                .filter(entry -> phrase.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static PatientContextFact context(String sex) {
        return new PatientContextFact("Fp0000001", 64, sex, UUID.randomUUID());
    }

    private static RecordListFact list(RecordListFact.Kind kind) {
        return new RecordListFact("Fl0000001", kind, List.of("Item"), 1, List.of(UUID.randomUUID()));
    }

    private static AllergyFact allergy() {
        return new AllergyFact("Fa0000001", "Peanut", VISIT_DAY, null, "active", List.of("Hives"), UUID.randomUUID());
    }

    private static ConditionFact condition(String status) {
        return new ConditionFact("Fk0000001", "Gout", VISIT_DAY, status, UUID.randomUUID());
    }

    private static MedicationFact medicine(MedicationEvent event, boolean asNeeded) {
        Dose dose = new Dose(BigDecimal.ONE, "tablet", 1, BigDecimal.ONE, "d", "Oral route", asNeeded);
        return new MedicationFact(
                "Fm0000001",
                event,
                "Aspirin 81 MG Oral Tablet",
                VISIT_DAY,
                "active",
                null,
                null,
                List.of(UUID.randomUUID()),
                List.of(dose),
                List.of(),
                List.of());
    }

    private static ResultFact result(String laboratoryFlag, ResultJudgement.Basis basis) {
        Reading reading = new Reading(UUID.randomUUID(), new BigDecimal("5"), "mg/L", "mg/L", 0, VISIT_DAY, "<", null);
        return new ResultFact(
                "Fr0000001",
                "http://loinc.org|1988-5",
                new LocalizedText("C reactive protein", "Protéine C réactive"),
                reading,
                null,
                null,
                LabFlag.UNKNOWN,
                List.of(),
                basis,
                laboratoryFlag,
                null,
                List.of(),
                List.of());
    }

    private static ResultFact flagged(String code) {
        return result(code, ResultJudgement.Basis.LABORATORY_FLAG);
    }

    private static WellnessTrendFact activeEnergy() {
        Average before = new Average(new BigDecimal("400"), 30, VISIT_DAY.minusDays(59), VISIT_DAY.minusDays(30));
        Average recent = new Average(new BigDecimal("350"), 30, VISIT_DAY.minusDays(29), VISIT_DAY);
        return new WellnessTrendFact(
                "Fw0000001",
                WellnessMeasure.ACTIVE_ENERGY,
                before,
                recent,
                "kcal",
                "kcal",
                List.of(UUID.randomUUID()),
                List.of());
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
            String text = phrases.getProperty(phrase)
                    .replaceAll("\\{[0-9](,number,integer)?}", " ")
                    .replaceAll("\\{[0-9],choice,([^}]*)}", "$1 ")
                    .replace("''", "'");
            List<FactGrounds> cited = about(phrase).stream()
                    .map(fact -> new FactGrounds(fact, locale))
                    .toList();
            CheckedText checked = new CheckedText(Normalised.of(text, locale), locale, reader, false, cited, VISIT_DAY);
            for (Words.Word word : Words.of(checked.text())) {
                boolean allowed = Vocabulary.allows(checked, word.text())
                        || cited.stream()
                                .anyMatch(fact -> fact.labelledBy(word.text())
                                        || fact.stated().stream()
                                                .anyMatch(checked.lexicon().boundBy(word.text())::contains));
                if (!allowed) {
                    missing.add(word.text() + " (" + phrase + ", " + reader + ")");
                }
            }
        }
        return missing;
    }
}
