package org.visitprep.summary.draft;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.summary.facts.FactsSnapshot;

/**
 * A drafted visit summary: its sections of cited sentences, the disclaimer that it supports the conversation with the
 * clinician and is not a diagnosis, which engine and model wrote it and when, the facts it was made from, and, when the
 * grounded engine stood in for the language model, why. Immutable; {@link SummaryJson} gives its stable JSON form.
 *
 * @param model the model that wrote it, "none" for the grounded engine
 * @param fallback why the grounded engine stood in, or null
 */
public record DraftSummary(
        UUID patientId,
        Locale locale,
        List<SummarySection> sections,
        String disclaimer,
        Engine engine,
        String model,
        Instant createdAt,
        FactsSnapshot facts,
        FallbackNote fallback) {

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
        sections = List.copyOf(sections);
    }

    /** Every sentence, section after section. */
    public List<SummarySentence> sentences() {
        return sections.stream()
                .flatMap(section -> section.sentences().stream())
                .toList();
    }

    public Optional<FallbackNote> fallbackNote() {
        return Optional.ofNullable(fallback);
    }

    public DraftSummary withFallback(FallbackNote note) {
        return new DraftSummary(patientId, locale, sections, disclaimer, engine, model, createdAt, facts, note);
    }
}
