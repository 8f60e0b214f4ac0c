package org.visitprep.web.summary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.visit.FrozenReview;

/** How a summary's sentences point to each other, read from the typed facts the core keeps with the summary. */
final class SummaryLinks {

    private SummaryLinks() {}

    /**
     * For each sentence about an agenda item, the kept sentences outside the agenda section that state the facts
     * linked to the item: the agenda points to them, since no sentence is shown twice.
     */
    static Map<Integer, List<RelatedSentence>> relatedElsewhere(
            List<SummarySentence> kept, Optional<FactsSnapshot> facts, Locale language) {
        if (facts.isEmpty()) {
            return Map.of();
        }
        Map<String, SummarySentence> stating = new HashMap<>();
        for (SummarySentence sentence : kept) {
            if (sentence.section() != SectionKind.AGENDA) {
                sentence.factIds().forEach(id -> stating.putIfAbsent(id, sentence));
            }
        }
        Map<Integer, List<RelatedSentence>> related = new HashMap<>();
        Set<String> itemsSeen = new HashSet<>();
        for (SummarySentence sentence : kept) {
            if (sentence.section() != SectionKind.AGENDA) {
                continue;
            }
            for (String id : sentence.factIds()) {
                if (!(facts.get().fact(id).orElse(null) instanceof AgendaItemFact item) || !itemsSeen.add(id)) {
                    continue;
                }
                List<RelatedSentence> pointers = item.linkedFactIds().stream()
                        .filter(stating::containsKey)
                        .map(linked -> {
                            SummarySentence elsewhere = stating.get(linked);
                            return new RelatedSentence(
                                    elsewhere.number(),
                                    about(facts.get().fact(linked).orElseThrow(), elsewhere, language),
                                    elsewhere.section());
                        })
                        .distinct()
                        .toList();
                if (!pointers.isEmpty()) {
                    related.put(sentence.number(), pointers);
                }
            }
        }
        return related;
    }

    /** The numbers of the kept sentences that are alone in stating a fact the summary must mention. */
    static Set<Integer> mustStay(List<SummarySentence> kept, Optional<FactsSnapshot> facts) {
        Set<Integer> staying = new HashSet<>();
        if (facts.isEmpty()) {
            return staying;
        }
        Map<String, List<Integer>> stating = new HashMap<>();
        kept.forEach(sentence -> sentence.factIds()
                .forEach(id -> stating.computeIfAbsent(id, k -> new java.util.ArrayList<>())
                        .add(sentence.number())));
        stating.forEach((id, numbers) -> {
            if (numbers.size() == 1 && facts.get().mustMention(id)) {
                staying.add(numbers.getFirst());
            }
        });
        return staying;
    }

    /** The numbers of the sentences stating a wellness trend. */
    static Set<Integer> trendSentences(List<SummarySentence> sentences, Optional<FactsSnapshot> facts) {
        return FrozenReview.trendSentences(sentences, facts);
    }

    /** What a fact is about, in a few words: a test's or a medicine's name, else what its sentence names first. */
    private static String about(Fact fact, SummarySentence stating, Locale language) {
        return switch (fact) {
            case ResultFact result -> result.name().in(language);
            case MedicationFact medication -> medication.medicine();
            default -> {
                String text = stating.patientText();
                int colon = text.indexOf(':');
                yield (colon > 0 ? text.substring(0, colon) : text).strip();
            }
        };
    }
}
