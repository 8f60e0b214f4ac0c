package org.visitprep.web.summary;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.summary.draft.SummaryJson;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.visit.SummarySentence;
import org.visitprep.visit.VisitSummary;

/**
 * A summary version as pages show it: sections of sentences with what each rests on, who drafted it and when, the
 * note when another engine stood in, and, once approved, the visit as approved. Holds no entity and no record
 * entry, only the ids a sentence cites.
 *
 * @param model the language model that drafted it, or null
 * @param approvedAt when the patient approved it, or null for a draft
 * @param fallbackNote why the grounded engine stood in for the language model, or null
 * @param visit the visit as approved, or null for a draft
 */
public record SummaryView(
        UUID id,
        String engine,
        String model,
        Instant generatedAt,
        Instant approvedAt,
        String fallbackNote,
        List<SectionView> sections,
        VisitView visit)
        implements Serializable {

    public SummaryView {
        sections = List.copyOf(sections);
    }

    public static SummaryView of(VisitSummary summary) {
        Map<String, AgendaLine> agenda = agendaLines(summary.content().factsSnapshot());
        Map<String, List<SentenceView>> bySection = new LinkedHashMap<>();
        for (SummarySentence sentence : summary.content().sentences()) {
            List<AgendaLine> restated = sentence.citations().isEmpty()
                    ? sentence.factIds().stream()
                            .map(agenda::get)
                            .filter(line -> line != null)
                            .toList()
                    : List.of();
            bySection
                    .computeIfAbsent(sentence.section(), name -> new ArrayList<>())
                    .add(new SentenceView(
                            sentence.number(),
                            sentence.text(),
                            sentence.origin(),
                            sentence.removed(),
                            sentence.citations(),
                            restated));
        }
        List<SectionView> sections = new ArrayList<>();
        bySection.forEach((name, sentences) -> sections.add(new SectionView(name, sentences)));
        return new SummaryView(
                summary.id(),
                summary.engine(),
                summary.model(),
                summary.generatedAt(),
                summary.approvedAt(),
                blankToNull(summary.content().fallbackNote()),
                sections,
                summary.content().visit() == null
                        ? null
                        : VisitView.of(summary.content().visit()));
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    /** The sentences in reading order, section after section. */
    public List<SentenceView> sentences() {
        return sections.stream()
                .flatMap(section -> section.sentences().stream())
                .toList();
    }

    /** The sentences that are in the summary: those the patient removed are left out. */
    public List<SectionView> keptSections() {
        return sections.stream()
                .map(section -> new SectionView(
                        section.name(),
                        section.sentences().stream().filter(s -> !s.removed()).toList()))
                .filter(section -> !section.sentences().isEmpty())
                .toList();
    }

    public Optional<SentenceView> sentence(int number) {
        return sentences().stream().filter(s -> s.number() == number).findFirst();
    }

    /** The zone times are shown in: the appointment's when the summary holds it. */
    public ZoneId zone() {
        return visit == null ? ZoneId.systemDefault() : visit.appointment().getZone();
    }

    /** The agenda items of the facts snapshot by fact id; none when there is no snapshot or it cannot be read. */
    private static Map<String, AgendaLine> agendaLines(String factsSnapshot) {
        Map<String, AgendaLine> lines = new LinkedHashMap<>();
        if (factsSnapshot == null || factsSnapshot.isBlank()) {
            return lines;
        }
        List<Fact> facts;
        try {
            facts = SummaryJson.read(factsSnapshot, FactsSnapshot.class).facts();
        } catch (IllegalArgumentException unreadable) {
            return lines;
        }
        for (Fact fact : facts) {
            if (fact instanceof AgendaItemFact item) {
                lines.put(item.id(), new AgendaLine(item.kind(), item.position(), item.text()));
            }
        }
        return lines;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
