package org.visitprep.summary.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visitprep.lab.LabCatalogue;
import org.visitprep.lab.LoincCode;
import org.visitprep.summary.facts.WellnessMeasure;

/** The keyword table: cited, bilingual, well-formed codes, and words matched as words. */
class AgendaTopicsTest {

    private static final AgendaTopics TOPICS = AgendaTopics.standard();

    /** Codes the table may name besides the catalogue's: wellness measures, heart rate, the blood pressure panel. */
    private static final Set<String> OTHER_KNOWN_CODES = Set.of("85354-9", "8867-4");

    @Test
    void everyTopicCitesASourceAndNamesWellFormedKnownCodes() {
        assertTrue(TOPICS.topics().size() >= 10);
        for (AgendaTopic topic : TOPICS.topics()) {
            AgendaTopics.Source source = TOPICS.source(topic.sourceId()).orElseThrow();
            assertTrue(source.url().startsWith("https://"), topic.id());
            for (String code : topic.loincCodes()) {
                assertTrue(LoincCode.isWellFormed(code), topic.id() + ": " + code);
                boolean known = LabCatalogue.standard().find(code).isPresent()
                        || OTHER_KNOWN_CODES.contains(code)
                        || java.util.Arrays.stream(WellnessMeasure.values())
                                .anyMatch(m -> m.loinc().equals(code));
                assertTrue(known, topic.id() + " names " + code + ", which nothing in VisitPrep reads");
            }
        }
    }

    @Test
    void matchesEnglishAndFrenchWordsWithoutCaseOrAccents() {
        assertEquals(List.of("fatigue"), ids("I feel TIRED all the time"));
        assertEquals(List.of("fatigue"), ids("Je suis épuisée depuis janvier"));
        assertEquals(List.of("fatigue"), ids("je suis EPUISEE"));
        assertTrue(ids("I'm always thirsty and urinate at night").contains("thirst"));
        assertTrue(ids("J'ai souvent soif").contains("thirst"));
        assertTrue(ids("I get dizzy when I stand up").contains("dizziness"));
        assertTrue(ids("des vertiges le matin").contains("dizziness"));
        assertTrue(ids("Is my blood pressure ok?").contains("blood-pressure"));
    }

    @Test
    void matchesWholeWordsOrDeclaredStemsOnly() {
        assertFalse(ids("the last time").contains("fatigue"));
        assertFalse(ids("please reinforce").contains("kidneys"), "\"rein\" is a whole French word, not a stem");
        assertTrue(ids("mes reins").contains("kidneys"));
        assertTrue(ids("nothing relevant here").isEmpty());
    }

    @Test
    void refusesATableCitingAnUnknownSource() {
        String json = "{\"sources\":[],\"topics\":[{\"id\":\"x\",\"source\":\"nowhere\","
                + "\"keywords\":{\"en\":[\"x\"]},\"codes\":[\"718-7\"]}]}";
        assertThrows(
                IllegalStateException.class,
                () -> AgendaTopics.read(
                        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    private static List<String> ids(String text) {
        return TOPICS.mentionedIn(text).stream().map(AgendaTopic::id).toList();
    }
}
