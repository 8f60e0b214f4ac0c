package org.visitprep.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a summary version says, stored sealed: its sentences in order, the engine's note when it fell back to
 * another engine, the snapshot of the facts it was written from, and, once approved, the visit as approved.
 *
 * <p>The review methods answer a new content and leave this one as it is.
 *
 * @param factsSnapshot the engine's facts as JSON, opaque here, or null
 * @param visit the visit as approved; null in a draft
 */
public record SummaryContent(
        List<SummarySentence> sentences, String fallbackNote, String factsSnapshot, FrozenVisit visit) {

    /** The purpose summary contents are sealed under. */
    static final String PURPOSE = "summary.content";

    public static final int MOST_ADDED_SENTENCES = 20;

    public SummaryContent {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    /** The content of an engine's draft, numbered from 1 in the engine's order. */
    public static SummaryContent of(EngineDraft draft) {
        List<SummarySentence> numbered = new ArrayList<>();
        for (EngineDraft.Sentence sentence : draft.sentences()) {
            numbered.add(new SummarySentence(
                    numbered.size() + 1,
                    sentence.text(),
                    sentence.citations(),
                    sentence.factIds(),
                    sentence.section(),
                    SentenceOrigin.ENGINE,
                    false));
        }
        return new SummaryContent(numbered, draft.fallbackNote(), draft.factsSnapshot(), null);
    }

    public Optional<SummarySentence> sentence(int number) {
        return sentences.stream().filter(s -> s.number() == number).findFirst();
    }

    /** The sentences that are in the summary, in order: those the patient removed are left out. */
    public List<SummarySentence> keptSentences() {
        return sentences.stream().filter(s -> !s.removed()).toList();
    }

    public SummaryContent remove(int number) {
        return replace(number, SummarySentence::removedFromSummary);
    }

    /** Puts a removed sentence back. */
    public SummaryContent keep(int number) {
        return replace(number, SummarySentence::keptInSummary);
    }

    public SummaryContent edit(int number, String text) {
        return replace(number, sentence -> sentence.editedTo(text));
    }

    /** Adds the patient's own sentence at the end, citing nothing. */
    public SummaryContent add(String text) {
        List<SummarySentence> more = new ArrayList<>(sentences);
        more.add(SummarySentence.addedByPatient(nextNumber(), text, SummarySentence.PATIENT_SECTION));
        return new SummaryContent(more, fallbackNote, factsSnapshot, visit);
    }

    public long addedByPatient() {
        return sentences.stream()
                .filter(s -> s.origin() == SentenceOrigin.ADDED_BY_PATIENT)
                .count();
    }

    /** The content with the visit as approved. */
    SummaryContent approvedWith(FrozenVisit approvedVisit) {
        return new SummaryContent(sentences, fallbackNote, factsSnapshot, approvedVisit);
    }

    private int nextNumber() {
        return sentences.stream().mapToInt(SummarySentence::number).max().orElse(0) + 1;
    }

    private SummaryContent replace(int number, UnaryOperator<SummarySentence> change) {
        if (sentence(number).isEmpty()) {
            throw new IllegalArgumentException("No sentence " + number);
        }
        List<SummarySentence> changed = sentences.stream()
                .map(s -> s.number() == number ? change.apply(s) : s)
                .toList();
        return new SummaryContent(changed, fallbackNote, factsSnapshot, visit);
    }
}
