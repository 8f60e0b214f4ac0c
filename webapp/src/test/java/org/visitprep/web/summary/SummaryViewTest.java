package org.visitprep.web.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.summary.agenda.AgendaKind;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SentenceOrigin;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.ReviewWindow;
import org.visitprep.visit.SummaryContent;
import org.visitprep.visit.SummaryState;
import org.visitprep.visit.VisitSummary;

/**
 * A summary version as one reader's pages show it: sections in reading order, each sentence in that reader's words,
 * what each rests on, the removed ones apart.
 */
class SummaryViewTest {

    private static final UUID HBA1C = UUID.randomUUID();
    private static final Instant WRITTEN = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void groupsTheSentencesBySectionInReadingOrderAndTellsWhatEachRestsOn() {
        VisitSummary summary = draft(List.of(
                sentence(1, "Your HbA1c was 7.2 %.", List.of(HBA1C), List.of("Fa1c"), SectionKind.NEEDS_ATTENTION),
                sentence(2, "You want to talk about: tired.", List.of(), List.of("Fagenda"), SectionKind.AGENDA),
                sentence(3, "Ferritin was low.", List.of(UUID.randomUUID()), List.of("Ffe"), SectionKind.AGENDA)));
        SummaryView view = SummaryView.of(summary, Audience.PATIENT);

        assertEquals(
                List.of("NEEDS_ATTENTION", "AGENDA"),
                view.sections().stream().map(SectionView::name).toList());
        assertEquals(
                List.of(2, 3),
                view.sections().get(1).sentences().stream()
                        .map(SummarySentence::number)
                        .toList());
        SummarySentence agenda = view.sentence(2).orElseThrow();
        assertEquals(List.of(new AgendaLine(AgendaKind.CONCERN, 1, "tired")), view.agendaLinesOf(agenda));
        assertTrue(view.hasSources(agenda));
        SummarySentence cited = view.sentence(1).orElseThrow();
        assertTrue(cited.cites(HBA1C));
        assertTrue(view.agendaLinesOf(cited).isEmpty(), "a sentence that cites records is traced to them");
        assertEquals("Your HbA1c was 7.2 %.", view.textOf(cited));
        assertEquals(
                "For the clinician: Your HbA1c was 7.2 %.",
                SummaryView.of(summary, Audience.CLINICIAN).textOf(cited));
        assertNull(view.visit(), "a draft holds no approved visit");
        assertFalse(view.isApproved());
    }

    @Test
    void theKeptSectionsLeaveOutRemovedSentencesAndEmptiedSections() {
        SummaryView view = SummaryView.of(
                draft(List.of(
                        sentence(1, "Kept.", List.of(HBA1C), List.of("Fa1c"), SectionKind.CHANGES),
                        sentence(2, "Removed.", List.of(), List.of(), SectionKind.WELLNESS)
                                .removedFromSummary(),
                        SummarySentence.addedByPatient(3, "Mine."))),
                Audience.PATIENT);

        assertEquals(
                List.of("CHANGES", "PATIENT"),
                view.keptSections().stream().map(SectionView::name).toList());
        SummarySentence mine = view.sentence(3).orElseThrow();
        assertTrue(mine.isAddedByPatient());
        assertFalse(view.hasSources(mine));
        assertEquals(SentenceOrigin.ADDED_BY_PATIENT, mine.origin());
    }

    private static SummarySentence sentence(
            int number, String text, List<UUID> citations, List<String> facts, SectionKind section) {
        return SummarySentence.byEngine(number, section, text, "For the clinician: " + text, facts, citations);
    }

    private static VisitSummary draft(List<SummarySentence> sentences) {
        FactsSnapshot facts = new FactsSnapshot(
                UUID.randomUUID(),
                ReviewWindow.lastTwelveMonths(LocalDate.of(2026, 12, 7), ZoneOffset.UTC),
                null,
                null,
                WRITTEN,
                List.of(new AgendaItemFact("Fagenda", 1, AgendaKind.CONCERN, "tired", List.of(), List.of())),
                List.of());
        return new VisitSummary(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                SummaryState.DRAFT,
                "grounded",
                null,
                Locale.ENGLISH,
                "default",
                WRITTEN,
                null,
                new SummaryContent(sentences, null, facts, null, null));
    }
}
