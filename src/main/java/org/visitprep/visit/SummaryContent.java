package org.visitprep.visit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.DraftingRecord;
import org.visitprep.summary.draft.FallbackNote;
import org.visitprep.summary.draft.SentenceOrigin;
import org.visitprep.summary.draft.SummaryJson;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.FactsSnapshot;

/**
 * What a summary version says, stored sealed: its sentences in order, the note for the patient when the grounded
 * engine stood in, the facts it was written from, the record of the checks its draft passed, and, once approved, the
 * visit as approved.
 *
 * <p>The review methods answer a new content and leave this one as it is.
 *
 * @param facts the facts the engine wrote from (stored in the summary engines' own JSON form); null only for a
 *     version stored before summaries kept them
 * @param drafting what the verifier and the omission check found while drafting, or null for an older version
 * @param visit the visit as approved; null in a draft
 */
public record SummaryContent(
        List<SummarySentence> sentences,
        String fallbackNote,

        @JsonProperty("factsSnapshot")
        @JsonSerialize(using = SummaryContent.FactsAsJson.class)
        @JsonDeserialize(using = SummaryContent.FactsFromJson.class)
        FactsSnapshot facts,

        DraftingRecord drafting,
        FrozenVisit visit) {

    /** The purpose summary contents are sealed under. */
    static final String PURPOSE = "summary.content";

    public static final int MOST_ADDED_SENTENCES = 20;

    public SummaryContent {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    /** The content of a checked draft, as the engine numbered it. */
    public static SummaryContent of(DraftSummary draft) {
        return new SummaryContent(
                draft.sentences(),
                draft.fallbackNote().map(FallbackNote::message).orElse(null),
                draft.facts(),
                draft.checks(),
                null);
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

    /** The content with the sentence of the same number replaced by this one. */
    public SummaryContent revise(SummarySentence revised) {
        return replace(revised.number(), sentence -> revised);
    }

    /** Adds the patient's own sentence at the end, citing nothing. */
    public SummaryContent add(String text) {
        List<SummarySentence> more = new ArrayList<>(sentences);
        more.add(SummarySentence.addedByPatient(nextNumber(), text));
        return new SummaryContent(more, fallbackNote, facts, drafting, visit);
    }

    public long addedByPatient() {
        return sentences.stream()
                .filter(s -> s.origin() == SentenceOrigin.ADDED_BY_PATIENT)
                .count();
    }

    /** The facts the summary was written from, if it kept them. */
    public Optional<FactsSnapshot> factsSnapshot() {
        return Optional.ofNullable(facts);
    }

    /** The content with the visit as approved. */
    SummaryContent approvedWith(FrozenVisit approvedVisit) {
        return new SummaryContent(sentences, fallbackNote, facts, drafting, approvedVisit);
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
        return new SummaryContent(changed, fallbackNote, facts, drafting, visit);
    }

    /** Writes the facts as a string of the summary engines' JSON, as versions have always stored them. */
    static final class FactsAsJson extends StdSerializer<FactsSnapshot> {

        private static final long serialVersionUID = 1L;

        FactsAsJson() {
            super(FactsSnapshot.class);
        }

        @Override
        public void serialize(FactsSnapshot facts, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(SummaryJson.write(facts));
        }
    }

    /** Reads the facts from their string of JSON. */
    static final class FactsFromJson extends StdDeserializer<FactsSnapshot> {

        private static final long serialVersionUID = 1L;

        FactsFromJson() {
            super(FactsSnapshot.class);
        }

        @Override
        public FactsSnapshot deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String text = json.getValueAsString();
            return text == null || text.isBlank() ? null : SummaryJson.read(text, FactsSnapshot.class);
        }
    }
}
