package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SummaryContentTest {

    private final SummaryContent drafted = SummaryContent.of(EngineDrafts.english());

    @Test
    void anEnginesDraftIsNumberedFromOneInItsOrder() {
        assertEquals(
                List.of(1, 2, 3),
                drafted.sentences().stream().map(SummarySentence::number).toList());
        assertEquals(
                List.of(EngineDrafts.HBA1C), drafted.sentence(1).orElseThrow().citations());
        assertTrue(drafted.sentences().stream().allMatch(s -> s.origin() == SentenceOrigin.ENGINE));
    }

    @Test
    void anEditedSentenceIsMarkedAsThePatientsAndKeepsItsCitations() {
        SummaryContent edited = drafted.edit(2, "My fasting sugar went up from 6.1 to 7.4.");

        SummarySentence sentence = edited.sentence(2).orElseThrow();
        assertEquals("My fasting sugar went up from 6.1 to 7.4.", sentence.text());
        assertEquals(SentenceOrigin.EDITED_BY_PATIENT, sentence.origin());
        assertEquals(List.of(EngineDrafts.GLUCOSE_BEFORE, EngineDrafts.GLUCOSE_NOW), sentence.citations());
        assertEquals(List.of("f2"), sentence.factIds());
        assertEquals("changes", sentence.section());
        assertEquals(drafted.sentence(1), edited.sentence(1), "other sentences stay as they were");
    }

    @Test
    void anAddedSentenceIsThePatientsAndCitesNothing() {
        SummaryContent added = drafted.add("I also sleep badly since October.");

        SummarySentence sentence = added.sentences().getLast();
        assertEquals(4, sentence.number());
        assertEquals(SentenceOrigin.ADDED_BY_PATIENT, sentence.origin());
        assertEquals(List.of(), sentence.citations());
        assertEquals(List.of(), sentence.factIds());
        assertEquals(SummarySentence.PATIENT_SECTION, sentence.section());
        assertEquals(
                SentenceOrigin.ADDED_BY_PATIENT,
                added.edit(4, "I sleep badly.").sentence(4).orElseThrow().origin());
        assertThrows(
                IllegalArgumentException.class,
                () -> new SummarySentence(
                        5, "x", List.of(UUID.randomUUID()), List.of(), "labs", SentenceOrigin.ADDED_BY_PATIENT, false));
    }

    @Test
    void aRemovedSentenceLeavesTheSummaryAndCanBeKeptAgain() {
        SummaryContent removed = drafted.remove(1);

        assertEquals(
                List.of(2, 3),
                removed.keptSentences().stream().map(SummarySentence::number).toList());
        assertEquals(3, removed.sentences().size());
        assertEquals(drafted, removed.keep(1));
    }

    @Test
    void aSentenceNumberThatIsNotThereIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> drafted.edit(9, "text"));
        assertThrows(IllegalArgumentException.class, () -> drafted.remove(0));
    }

    @Test
    void theStoredJsonFormIsStable() {
        SummaryContent content = new SummaryContent(
                List.of(new SummarySentence(
                        1,
                        "HbA1c 7.2 %.",
                        List.of(EngineDrafts.HBA1C),
                        List.of("f1"),
                        "labs",
                        SentenceOrigin.EDITED_BY_PATIENT,
                        false)),
                null,
                null,
                new FrozenVisit(
                        ZonedDateTime.parse("2026-12-03T09:30+01:00[Europe/Paris]"),
                        CareContact.practice("p1", "Cabinet Santé"),
                        "Suivi",
                        new Agenda(List.of(AgendaItem.of("Fatigue")), "", List.of(), List.of())));

        String json = HealthDataJson.toJson(content);

        assertEquals(
                "{\"sentences\":[{\"number\":1,\"text\":\"HbA1c 7.2 %.\",\"citations\":"
                        + "[\"00000000-0000-0000-0000-00000000a1c0\"],\"factIds\":[\"f1\"],\"section\":\"labs\","
                        + "\"origin\":\"EDITED_BY_PATIENT\",\"removed\":false}],\"fallbackNote\":null,"
                        + "\"factsSnapshot\":null,\"visit\":{\"appointment\":\"2026-12-03T09:30+01:00[Europe/Paris]\","
                        + "\"with\":{\"kind\":\"PRACTICE\",\"id\":\"p1\",\"name\":\"Cabinet Santé\"},"
                        + "\"reason\":\"Suivi\",\"agenda\":{\"concerns\":[{\"text\":\"Fatigue\"}],\"symptoms\":\"\","
                        + "\"questions\":[],\"medicines\":[]}}}",
                json);
        assertEquals(content, HealthDataJson.fromJson(json, SummaryContent.class));
    }
}
