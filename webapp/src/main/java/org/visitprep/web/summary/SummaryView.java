package org.visitprep.web.summary;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.visit.VisitSummary;

/**
 * A summary version as one reader's pages show it: the core's sentences by section, read in that reader's words
 * (the patient's or the clinician's), with the agenda lines a sentence rests on, who drafted it and when, the note
 * when another engine stood in, and, once approved, the visit as approved. Holds no entity and no record entry,
 * only the ids a sentence cites.
 *
 * @param model the language model that drafted it, or null
 * @param approvedAt when the patient approved it, or null for a draft
 * @param fallbackNote why the grounded engine stood in for the language model, or null
 * @param agendaLines the agenda items each sentence restates, by sentence number, in the patient's words
 * @param related for each agenda item's sentence, the sentences elsewhere in the summary (under "needs attention",
 *     say) that state the data linked to it, so that the item points to them instead of repeating them
 * @param trendSentences the numbers of the sentences about a wellness trend, which show a small chart
 * @param mustStay the numbers of the sentences that alone state something the summary must mention: they cannot be
 *     removed
 * @param visit the visit as approved, or null for a draft
 */
public record SummaryView(
        UUID id,
        Audience audience,
        String engine,
        String model,
        Instant generatedAt,
        Instant approvedAt,
        String fallbackNote,
        List<SectionView> sections,
        Map<Integer, List<AgendaLine>> agendaLines,
        Map<Integer, List<RelatedSentence>> related,
        Set<Integer> trendSentences,
        Set<Integer> mustStay,
        VisitView visit)
        implements Serializable {

    public SummaryView {
        sections = List.copyOf(sections);
        agendaLines = Map.copyOf(agendaLines);
        related = Map.copyOf(related);
        trendSentences = Set.copyOf(trendSentences);
        mustStay = Set.copyOf(mustStay);
    }

    public static SummaryView of(VisitSummary summary, Audience audience) {
        List<SectionView> sections = new ArrayList<>();
        DraftSummary.bySection(summary.content().sentences())
                .forEach((kind, sentences) -> sections.add(new SectionView(kind, sentences)));
        return new SummaryView(
                summary.id(),
                audience,
                summary.engine(),
                summary.model(),
                summary.generatedAt(),
                summary.approvedAt(),
                blankToNull(summary.content().fallbackNote()),
                sections,
                agendaLines(summary.content().sentences(), summary.content().factsSnapshot()),
                SummaryLinks.relatedElsewhere(
                        summary.content().keptSentences(), summary.content().factsSnapshot(), summary.language()),
                SummaryLinks.trendSentences(
                        summary.content().sentences(), summary.content().factsSnapshot()),
                SummaryLinks.mustStay(
                        summary.content().keptSentences(), summary.content().factsSnapshot()),
                summary.content().visit() == null
                        ? null
                        : VisitView.of(summary.content().visit()));
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    /** The sentence as this page's reader reads it. */
    public String textOf(SummarySentence sentence) {
        return sentence.text(audience);
    }

    /** The sentences in reading order, section after section. */
    public List<SummarySentence> sentences() {
        return sections.stream()
                .flatMap(section -> section.sentences().stream())
                .toList();
    }

    /** The kept sections a reader sees at first: at a glance, needs attention, the agenda, the patient's words. */
    public List<SectionView> openSections() {
        return keptSections().stream().filter(SectionView::isOpenAtFirst).toList();
    }

    /** The kept sections one click away: what changed, medicines, wellness, the rest. */
    public List<SectionView> moreSections() {
        return keptSections().stream()
                .filter(section -> !section.isOpenAtFirst())
                .toList();
    }

    /** How many sentences are one click away. */
    public int moreSentenceCount() {
        return moreSections().stream()
                .mapToInt(section -> section.sentences().size())
                .sum();
    }

    /** The sentences elsewhere that state data linked to this agenda item; none for other sentences. */
    public List<RelatedSentence> relatedTo(SummarySentence sentence) {
        return related.getOrDefault(sentence.number(), List.of());
    }

    /** Whether the sentence alone states something the summary must mention, so that the patient cannot remove it. */
    public boolean mustStay(SummarySentence sentence) {
        return mustStay.contains(sentence.number());
    }

    /** Whether the sentence is about a wellness trend, which shows a small chart of its readings. */
    public boolean isTrend(SummarySentence sentence) {
        return trendSentences.contains(sentence.number());
    }

    /** The sentences that are in the summary: those the patient removed are left out. */
    public List<SectionView> keptSections() {
        return sections.stream()
                .map(section -> new SectionView(
                        section.kind(),
                        section.sentences().stream().filter(s -> !s.removed()).toList()))
                .filter(section -> !section.sentences().isEmpty())
                .toList();
    }

    public Optional<SummarySentence> sentence(int number) {
        return sentences().stream().filter(s -> s.number() == number).findFirst();
    }

    /** The agenda lines the sentence restates, in the patient's words; none for most sentences. */
    public List<AgendaLine> agendaLinesOf(SummarySentence sentence) {
        return agendaLines.getOrDefault(sentence.number(), List.of());
    }

    /** Whether the sentence rests on anything a reader can open: record entries or the patient's agenda. */
    public boolean hasSources(SummarySentence sentence) {
        return sourceCount(sentence) > 0;
    }

    public int sourceCount(SummarySentence sentence) {
        return sentence.entryIds().size() + agendaLinesOf(sentence).size();
    }

    /** The zone times are shown in: the appointment's when the summary holds it. */
    public ZoneId zone() {
        return visit == null ? ZoneId.systemDefault() : visit.appointment().getZone();
    }

    /** For each sentence that cites no entry, the agenda items among the facts it states. */
    private static Map<Integer, List<AgendaLine>> agendaLines(
            List<SummarySentence> sentences, Optional<FactsSnapshot> facts) {
        if (facts.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<AgendaLine>> lines = new java.util.HashMap<>();
        for (SummarySentence sentence : sentences) {
            if (!sentence.entryIds().isEmpty()) {
                continue;
            }
            List<AgendaLine> restated = sentence.factIds().stream()
                    .flatMap(id -> facts.get().fact(id).stream())
                    .filter(AgendaItemFact.class::isInstance)
                    .map(AgendaItemFact.class::cast)
                    .map(item -> new AgendaLine(item.kind(), item.position(), item.text()))
                    .toList();
            if (!restated.isEmpty()) {
                lines.put(sentence.number(), restated);
            }
        }
        return lines;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
