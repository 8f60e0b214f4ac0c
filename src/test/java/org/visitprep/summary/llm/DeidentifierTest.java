package org.visitprep.summary.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the de-identifier leaves of realistic free text a patient types, in English and French: no name, address,
 * phone number, e-mail, identifier or exact date, whether the record knows it or only a pattern can tell; the words
 * about their health stay.
 */
class DeidentifierTest {

    private static final PersonalDetails ALEXANDRINE = new PersonalDetails(
            List.of("Alexandrine Testperson", "Alexandrine", "Testperson", "Alex Crafted", "Alex", "Crafted"),
            List.of("12 Rue des Essais", "Lyonville", "69999", "Springfield"),
            List.of("555-867-5309", "alexandrine@example.org"),
            List.of("MRN-55501234", "1961-05-20"));
    private static final Deidentifier DEIDENTIFIER = new Deidentifier(ALEXANDRINE);

    @Test
    void removesEverythingThatIdentifiesFromEnglishText() {
        String typed = "Hi, this is alexandrine TESTPERSON (MRN-55501234). Since my fall on March 3, 2026 I get dizzy"
                + " when I stand up. Dr. Okafor said to call 617-555-0142 or (555) 867-5309, or write to"
                + " alex.t@example.org or see https://portal.example.org/me. I live at 42 Maple Street, Springfield,"
                + " MA 01101. My SSN is 123-45-6789 and my insurance ID is XJH492018833, policy number 77-1200."
                + " Born 05/20/1961, I'm 92 years old. Alex.";
        String sent = DEIDENTIFIER.scrub(typed);
        assertNoneOf(
                sent,
                "alexandrine",
                "testperson",
                "55501234",
                "March 3, 2026",
                "Okafor",
                "617-555-0142",
                "867-5309",
                "alex.t@example.org",
                "portal.example.org",
                "42 Maple Street",
                "Springfield",
                "01101",
                "123-45-6789",
                "XJH492018833",
                "77-1200",
                "05/20/1961",
                "92 years",
                "Alex.");
        assertAllOf(sent, "dizzy", "stand up", "fall", Deidentifier.NAME, Deidentifier.DATE, Deidentifier.EMAIL);
    }

    @Test
    void removesEverythingThatIdentifiesFromFrenchText() {
        String typed = "Bonjour, je suis Mme Alexandrine Testperson, née le 20 mai 1961. J'habite 12 rue des Essais,"
                + " 69999 Lyonville. Mon numéro de sécurité sociale est 2 61 05 69 123 456 78 et ma mutuelle n° 8812345."
                + " Appelez-moi au 06 12 34 56 78 ou écrivez à alexandrine.testperson@exemple.fr. Le Dr Lefèvre m'a"
                + " vue le 3 mars 2026 pour des vertiges ; mon dossier 2026-03-03 est chez M. Durand, 8 avenue Jean"
                + " Jaurès, 75019 Paris.";
        String sent = DEIDENTIFIER.scrub(typed);
        assertNoneOf(
                sent,
                "Alexandrine",
                "Testperson",
                "20 mai 1961",
                "12 rue des Essais",
                "69999",
                "Lyonville",
                "2 61 05 69 123 456 78",
                "8812345",
                "06 12 34 56 78",
                "exemple.fr",
                "Lefèvre",
                "3 mars 2026",
                "2026-03-03",
                "Durand",
                "Jean Jaurès",
                "75019");
        assertAllOf(sent, "vertiges", "Bonjour", Deidentifier.NAME, Deidentifier.ADDRESS, Deidentifier.IDENTIFIER);
    }

    @Test
    void leavesTheWordsAboutHealthAsTheyAre() {
        for (String health : List.of(
                "HbA1c 6.9 % since March, tired for 3 weeks, 8,145 steps a day",
                "Metformin 500 mg twice a day: still needed?",
                "Ma tension était à 14/9 en mars 2026, je dors 6 heures par nuit",
                "Is 120/80 mmHg normal? My weight went from 70.3 kg to 71.5 kg.")) {
            assertEquals(health, DEIDENTIFIER.scrub(health), "nothing to remove");
        }
        assertEquals(null, DEIDENTIFIER.scrub(null));
    }

    @Test
    void knowsTheNamesOfARecordWithoutBeingToldOfThem() {
        Deidentifier patternsOnly = new Deidentifier(PersonalDetails.none());
        String sent = patternsOnly.scrub(
                "Ask Dr. Smith; reach me at +1 (617) 555-0142 or jo@example.com, MRN: A12345678, on 11/08/1948.");
        assertNoneOf(sent, "Smith", "617", "jo@example.com", "A12345678", "11/08/1948");
    }

    private static void assertNoneOf(String sent, String... identifying) {
        String folded = sent.toLowerCase(Locale.ROOT);
        for (String value : identifying) {
            assertFalse(folded.contains(value.toLowerCase(Locale.ROOT)), () -> "left " + value + " in: " + sent);
        }
    }

    private static void assertAllOf(String sent, String... kept) {
        for (String value : kept) {
            assertTrue(sent.contains(value), () -> "lost " + value + " from: " + sent);
        }
    }
}
