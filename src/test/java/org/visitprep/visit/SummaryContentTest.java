package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SentenceOrigin;
import org.visitprep.summary.draft.SummarySentence;

class SummaryContentTest {

    private final SummaryContent drafted = SummaryContent.of(EngineDrafts.english());

    @Test
    void anEnginesDraftKeepsItsNumbersSectionsCitationsAndFacts() {
        assertEquals(
                List.of(1, 2, 3),
                drafted.sentences().stream().map(SummarySentence::number).toList());
        SummarySentence first = drafted.sentence(1).orElseThrow();
        assertEquals(List.of(EngineDrafts.HBA1C), first.entryIds());
        assertEquals(SectionKind.NEEDS_ATTENTION, first.section());
        assertEquals(SectionKind.CHANGES, drafted.sentence(3).orElseThrow().section());
        assertTrue(drafted.sentences().stream().allMatch(s -> s.origin() == SentenceOrigin.ENGINE));
        assertEquals(EngineDrafts.FACTS, drafted.factsSnapshot().orElseThrow());
    }

    @Test
    void anEditedSentenceIsMarkedAsThePatientsAndKeepsItsCitations() {
        SummarySentence original = drafted.sentence(3).orElseThrow();
        SummaryContent edited = drafted.revise(original.editedTo("Fasting glucose: 7.4 mmol/L."));

        SummarySentence sentence = edited.sentence(3).orElseThrow();
        assertEquals("Fasting glucose: 7.4 mmol/L.", sentence.patientText());
        assertEquals(SentenceOrigin.EDITED_BY_PATIENT, sentence.origin());
        assertEquals(original.entryIds(), sentence.entryIds());
        assertEquals(original.factIds(), sentence.factIds());
        assertEquals(SectionKind.CHANGES, sentence.section());
        assertEquals(drafted.sentence(1), edited.sentence(1), "other sentences stay as they were");
    }

    @Test
    void anAddedSentenceIsThePatientsAndCitesNothing() {
        SummaryContent added = drafted.add("I also sleep badly since October.");

        SummarySentence sentence = added.sentences().getLast();
        assertEquals(4, sentence.number());
        assertEquals(SentenceOrigin.ADDED_BY_PATIENT, sentence.origin());
        assertEquals(List.of(), sentence.entryIds());
        assertEquals(List.of(), sentence.factIds());
        assertEquals(SectionKind.PATIENT, sentence.section());
        assertEquals(
                SentenceOrigin.ADDED_BY_PATIENT,
                sentence.editedTo("I sleep badly.").origin());
        assertThrows(
                IllegalArgumentException.class,
                () -> new SummarySentence(
                        5,
                        SectionKind.CHANGES,
                        "x",
                        "x",
                        List.of(),
                        List.of(UUID.randomUUID()),
                        SentenceOrigin.ADDED_BY_PATIENT,
                        false));
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
        assertThrows(IllegalArgumentException.class, () -> drafted.remove(9));
        assertThrows(IllegalArgumentException.class, () -> drafted.remove(0));
    }

    @Test
    void theStoredJsonFormIsStableAndReadsBackWithItsFacts() {
        SummaryContent content = new SummaryContent(
                List.of(new SummarySentence(
                        1,
                        SectionKind.NEEDS_ATTENTION,
                        "Your HbA1c.",
                        "The patient's HbA1c.",
                        List.of("f1"),
                        List.of(EngineDrafts.HBA1C),
                        SentenceOrigin.ENGINE,
                        false)),
                null,
                null,
                null,
                new FrozenVisit(
                        ZonedDateTime.parse("2026-12-03T09:30+01:00[Europe/Paris]"),
                        CareContact.practice("p1", "Cabinet Santé"),
                        "Suivi",
                        new Agenda(List.of(AgendaItem.of("Fatigue")), "", List.of(), List.of())));

        String json = HealthDataJson.toJson(content);

        assertEquals(
                "{\"sentences\":[{\"number\":1,\"section\":\"NEEDS_ATTENTION\",\"patientText\":\"Your HbA1c.\","
                        + "\"clinicianText\":\"The patient's HbA1c.\",\"factIds\":[\"f1\"],"
                        + "\"entryIds\":[\"00000000-0000-0000-0000-00000000a1c0\"],\"origin\":\"ENGINE\","
                        + "\"removed\":false}],\"fallbackNote\":null,\"factsSnapshot\":null,\"drafting\":null,"
                        + "\"visit\":{\"appointment\":\"2026-12-03T09:30+01:00[Europe/Paris]\","
                        + "\"with\":{\"kind\":\"PRACTICE\",\"id\":\"p1\",\"name\":\"Cabinet Santé\"},"
                        + "\"reason\":\"Suivi\",\"agenda\":{\"concerns\":[{\"text\":\"Fatigue\"}],\"symptoms\":\"\","
                        + "\"questions\":[],\"medicines\":[]}}}",
                json);
        assertEquals(content, HealthDataJson.fromJson(json, SummaryContent.class));
        assertEquals(drafted, HealthDataJson.fromJson(HealthDataJson.toJson(drafted), SummaryContent.class));
    }

    @Test
    void aVersionStoredBeforeTheTwoAudiencesStillReads() {
        String stored = "{\"sentences\":[{\"number\":1,\"text\":\"HbA1c 7.2 %.\",\"citations\":"
                + "[\"00000000-0000-0000-0000-00000000a1c0\"],\"factIds\":[\"f1\"],\"section\":\"changes\","
                + "\"origin\":\"EDITED_BY_PATIENT\",\"removed\":false},{\"number\":2,\"text\":\"Mine.\","
                + "\"citations\":[],\"factIds\":[],\"section\":\"patient\",\"origin\":\"ADDED_BY_PATIENT\","
                + "\"removed\":true}],\"fallbackNote\":null,\"factsSnapshot\":null,\"visit\":null}";

        SummaryContent read = HealthDataJson.fromJson(stored, SummaryContent.class);

        SummarySentence first = read.sentence(1).orElseThrow();
        assertEquals("HbA1c 7.2 %.", first.patientText());
        assertEquals("HbA1c 7.2 %.", first.clinicianText());
        assertEquals(List.of(EngineDrafts.HBA1C), first.entryIds());
        assertEquals(SectionKind.CHANGES, first.section());
        assertEquals(SentenceOrigin.EDITED_BY_PATIENT, first.origin());
        SummarySentence second = read.sentence(2).orElseThrow();
        assertEquals(SectionKind.PATIENT, second.section());
        assertTrue(second.removed());
    }
}
