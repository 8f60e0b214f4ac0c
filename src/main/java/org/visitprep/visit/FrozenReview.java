package org.visitprep.visit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.visitprep.record.PatientRecord;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.WellnessTrendFact;

/**
 * What the review of an approved summary shows beyond its sentences, computed once from the record and sealed with
 * the version (an approved summary never changes): for each wellness trend sentence, the readings its chart draws,
 * in the order the sentence cites them. A reader then opens the summary in one read instead of reading and opening
 * every cited entry at every request.
 *
 * @param trends the readings of each trend sentence, by sentence number; an entry the record no longer held when it
 *     was computed is left out
 */
public record FrozenReview(Map<Integer, List<TrendReading>> trends) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the sealed review is for, bound into its sealing. */
    public static final String PURPOSE = "summary-review";

    public FrozenReview {
        Map<Integer, List<TrendReading>> copy = new LinkedHashMap<>();
        if (trends != null) {
            trends.forEach((number, readings) -> copy.put(number, List.copyOf(readings)));
        }
        trends = copy;
    }

    /** The review of the content, reading the entries its trend sentences cite from the record. */
    public static FrozenReview of(SummaryContent content, PatientRecord record) {
        Map<Integer, List<TrendReading>> trends = new LinkedHashMap<>();
        for (SummarySentence sentence : content.sentences()) {
            if (!isTrend(sentence, content.factsSnapshot())) {
                continue;
            }
            List<TrendReading> readings = new ArrayList<>();
            for (UUID id : sentence.entryIds()) {
                record.entry(id).map(TrendReading::of).ifPresent(readings::add);
            }
            trends.put(sentence.number(), readings);
        }
        return new FrozenReview(trends);
    }

    /** The readings of the sentence's chart, if it is a trend sentence. */
    public Optional<List<TrendReading>> trendOf(int number) {
        return Optional.ofNullable(trends.get(number));
    }

    /** The numbers of the sentences about a wellness trend: those citing a wellness trend fact. */
    public static Set<Integer> trendSentences(List<SummarySentence> sentences, Optional<FactsSnapshot> facts) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (SummarySentence sentence : sentences) {
            if (isTrend(sentence, facts)) {
                numbers.add(sentence.number());
            }
        }
        return numbers;
    }

    private static boolean isTrend(SummarySentence sentence, Optional<FactsSnapshot> facts) {
        return facts.isPresent()
                && sentence.factIds().stream()
                        .anyMatch(id -> facts.get().fact(id).orElse(null) instanceof WellnessTrendFact);
    }
}
