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
import org.visitprep.summary.draft.SummaryJson;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.ReviewWindow;
import org.visitprep.visit.SentenceOrigin;
import org.visitprep.visit.SummaryContent;
import org.visitprep.visit.SummarySentence;
import org.visitprep.visit.SummaryState;
import org.visitprep.visit.VisitSummary;

/** A summary version as pages show it: sections in order, what each sentence rests on, the removed ones apart. */
class SummaryViewTest {

    private static final UUID HBA1C = UUID.randomUUID();
    private static final Instant WRITTEN = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void groupsTheSentencesBySectionInTheirOrderAndTellsWhatEachRestsOn() {
        SummaryView view = SummaryView.of(draft(List.of(
                sentence(1, "You want to talk about: tired.", List.of(), List.of("Fagenda"), "agenda"),
                sentence(2, "Your HbA1c was 7.2 %.", List.of(HBA1C), List.of("Fa1c"), "changes"),
                sentence(3, "Ferritin was low.", List.of(UUID.randomUUID()), List.of("Ffe"), "agenda"))));

        assertEquals(
                List.of("agenda", "changes"),
                view.sections().stream().map(SectionView::name).toList());
        assertEquals(
                List.of(1, 3),
                view.sections().getFirst().sentences().stream()
                        .map(SentenceView::number)
                        .toList());
        SentenceView agenda = view.sentence(1).orElseThrow();
        assertEquals(List.of(new AgendaLine(AgendaKind.CONCERN, 1, "tired")), agenda.agendaItems());
        assertTrue(agenda.hasSources());
        SentenceView cited = view.sentence(2).orElseThrow();
        assertTrue(cited.cites(HBA1C));
        assertTrue(cited.agendaItems().isEmpty(), "a sentence that cites records is traced to them");
        assertNull(view.visit(), "a draft holds no approved visit");
        assertFalse(view.isApproved());
    }

    @Test
    void theKeptSectionsLeaveOutRemovedSentencesAndEmptiedSections() {
        SummaryView view = SummaryView.of(draft(List.of(
                sentence(1, "Kept.", List.of(HBA1C), List.of("Fa1c"), "changes"),
                new SummarySentence(2, "Removed.", List.of(), List.of(), "wellness", SentenceOrigin.ENGINE, true),
                new SummarySentence(
                        3, "Mine.", List.of(), List.of(), "patient", SentenceOrigin.ADDED_BY_PATIENT, false))));

        assertEquals(
                List.of("changes", "patient"),
                view.keptSections().stream().map(SectionView::name).toList());
        SentenceView mine = view.sentence(3).orElseThrow();
        assertTrue(mine.isAddedByPatient());
        assertFalse(mine.hasSources());
    }

    private static SummarySentence sentence(
            int number, String text, List<UUID> citations, List<String> facts, String section) {
        return new SummarySentence(number, text, citations, facts, section, SentenceOrigin.ENGINE, false);
    }

    private static VisitSummary draft(List<SummarySentence> sentences) {
        FactsSnapshot facts = new FactsSnapshot(
                UUID.randomUUID(),
                ReviewWindow.lastTwelveMonths(LocalDate.of(2026, 12, 7), ZoneOffset.UTC),
                null,
                null,
                WRITTEN,
                List.of(new AgendaItemFact("Fagenda", 1, AgendaKind.CONCERN, "tired", List.of(), List.of())));
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
                new SummaryContent(sentences, null, SummaryJson.write(facts), null));
    }
}
