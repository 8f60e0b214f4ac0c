package org.visitprep.summary.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.summary.facts.FactsSnapshot;

/**
 * A drafted visit summary: its sentences in reading order (numbered from 1, each in its section), the disclaimer that
 * it supports the conversation with the clinician and is not a diagnosis, which engine and model wrote it and when,
 * the facts it was made from, the note when the grounded engine stood in for the language model, and the record of
 * the checks it passed. Immutable; {@link SummaryJson} gives its stable JSON form.
 *
 * @param model the model that wrote it, "none" for the grounded engine
 * @param fallback why the grounded engine stood in, or null
 * @param checks what the verifier and the omission check found and did, or null before they ran
 */
public record DraftSummary(
        UUID patientId,
        Locale locale,
        List<SummarySentence> sentences,
        String disclaimer,
        Engine engine,
        String model,
        Instant createdAt,
        FactsSnapshot facts,
        FallbackNote fallback,
        DraftingRecord checks) {

    /** The model of summaries no language model wrote. */
    public static final String NO_MODEL = "none";

    public DraftSummary {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(disclaimer, "disclaimer");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(facts, "facts");
        sentences = List.copyOf(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).number() != i + 1) {
                throw new IllegalArgumentException("A draft's sentences are numbered 1, 2, 3... in reading order");
            }
        }
    }

    /** The sentences of each section, sections in their reading order. */
    public Map<SectionKind, List<SummarySentence>> bySection() {
        return bySection(sentences);
    }

    /** Groups sentences by section, sections in their reading order, sentences in the order given. */
    public static Map<SectionKind, List<SummarySentence>> bySection(List<SummarySentence> sentences) {
        Map<SectionKind, List<SummarySentence>> sections = new EnumMap<>(SectionKind.class);
        sentences.forEach(sentence -> sections.computeIfAbsent(sentence.section(), k -> new ArrayList<>())
                .add(sentence));
        return sections;
    }

    /** Sentences numbered 1, 2, 3... in the order given. */
    public static List<SummarySentence> numbered(List<SummarySentence> sentences) {
        List<SummarySentence> numbered = new ArrayList<>();
        sentences.forEach(sentence -> numbered.add(sentence.numbered(numbered.size() + 1)));
        return numbered;
    }

    public Optional<FallbackNote> fallbackNote() {
        return Optional.ofNullable(fallback);
    }

    public Optional<DraftingRecord> checksRecord() {
        return Optional.ofNullable(checks);
    }

    public DraftSummary withFallback(FallbackNote note) {
        return new DraftSummary(
                patientId, locale, sentences, disclaimer, engine, model, createdAt, facts, note, checks);
    }

    public DraftSummary withSentences(List<SummarySentence> revised) {
        return new DraftSummary(
                patientId, locale, numbered(revised), disclaimer, engine, model, createdAt, facts, fallback, checks);
    }

    public DraftSummary withChecks(DraftingRecord record) {
        return new DraftSummary(
                patientId, locale, sentences, disclaimer, engine, model, createdAt, facts, fallback, record);
    }
}
