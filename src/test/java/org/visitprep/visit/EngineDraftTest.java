package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.FallbackNote;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummaryJson;
import org.visitprep.summary.draft.SummarySection;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.ReviewWindow;

/** An engine's draft maps one to one onto what visit preparation stores. */
class EngineDraftTest {

    private static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000a11ce");
    private static final UUID HBA1C = UUID.fromString("00000000-0000-0000-0000-00000000a1c0");
    private static final UUID METFORMIN = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final Instant WRITTEN = Instant.parse("2026-11-30T08:00:00Z");
    private static final FactsSnapshot FACTS = new FactsSnapshot(
            PATIENT,
            ReviewWindow.lastTwelveMonths(LocalDate.of(2026, 12, 7), ZoneOffset.UTC),
            "female",
            "60-69",
            WRITTEN,
            List.of());

    @Test
    void keepsEverySentenceInReadingOrderWithItsCitationsAndSection() {
        EngineDraft draft = EngineDraft.of(grounded(Locale.FRENCH));

        assertEquals(3, draft.sentences().size());
        EngineDraft.Sentence first = draft.sentences().get(0);
        assertEquals("Vous vouliez parler de : fatigue.", first.text());
        assertEquals(List.of(), first.citations());
        assertEquals(List.of("agenda-1"), first.factIds());
        assertEquals("agenda", first.section());
        EngineDraft.Sentence second = draft.sentences().get(1);
        assertEquals(List.of(HBA1C), second.citations());
        assertEquals(List.of("result-a1c"), second.factIds());
        assertEquals("changes", second.section());
        assertEquals("medications", draft.sentences().get(2).section());
        assertEquals(List.of(METFORMIN), draft.sentences().get(2).citations());
    }

    @Test
    void namesTheEngineTheLanguageAndTheTimeButNoModelForTheGroundedEngine() {
        EngineDraft draft = EngineDraft.of(grounded(Locale.FRENCH));

        assertEquals("grounded", draft.engine());
        assertNull(draft.model());
        assertEquals("fr", draft.language());
        assertEquals(WRITTEN, draft.createdAt());
        assertEquals(EngineDraft.STANDARD_DISCLAIMER, draft.disclaimerKey());
        assertNull(draft.fallbackNote());
    }

    @Test
    void keepsTheFactsSnapshotAsJsonThatReadsBack() {
        EngineDraft draft = EngineDraft.of(grounded(Locale.ENGLISH));

        assertEquals(FACTS, SummaryJson.read(draft.factsSnapshot(), FactsSnapshot.class));
    }

    @Test
    void carriesTheFallbackNoteInTheSummarysLanguage() {
        FallbackNote note = FallbackNote.of(FallbackReason.TIMEOUT, Locale.ENGLISH);
        EngineDraft draft = EngineDraft.of(grounded(Locale.ENGLISH).withFallback(note));

        assertEquals(note.message(), draft.fallbackNote());
        assertTrue(draft.fallbackNote().contains("took too long"), draft.fallbackNote());
    }

    @Test
    void namesTheModelOfTheLanguageModelEngine() {
        DraftSummary byModel = new DraftSummary(
                PATIENT, Locale.ENGLISH, List.of(), "x", Engine.LLM, "llama-3.1-8b", WRITTEN, FACTS, null);

        EngineDraft draft = EngineDraft.of(byModel);

        assertEquals("llm", draft.engine());
        assertEquals("llama-3.1-8b", draft.model());
        assertEquals("en", draft.language());
        assertEquals(List.of(), draft.sentences());
    }

    @Test
    void everySectionHasAStoredName() {
        for (SectionKind kind : SectionKind.values()) {
            assertTrue(EngineDraft.sectionOf(kind).matches("[a-z]+"), kind.name());
        }
    }

    private static DraftSummary grounded(Locale locale) {
        return new DraftSummary(
                PATIENT,
                locale,
                List.of(
                        new SummarySection(
                                SectionKind.AGENDA,
                                "Ce que vous voulez aborder",
                                List.of(new SummarySentence(
                                        "Vous vouliez parler de : fatigue.", List.of("agenda-1"), List.of()))),
                        new SummarySection(
                                SectionKind.CHANGES,
                                "Résultats",
                                List.of(new SummarySentence(
                                        "Votre HbA1c était de 7,2 %.", List.of("result-a1c"), List.of(HBA1C)))),
                        new SummarySection(
                                SectionKind.MEDICINES,
                                "Médicaments",
                                List.of(new SummarySentence(
                                        "La metformine a été commencée.", List.of("med-1"), List.of(METFORMIN))))),
                "disclaimer",
                Engine.GROUNDED,
                DraftSummary.NO_MODEL,
                WRITTEN,
                FACTS,
                null);
    }
}
