package org.visitprep.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.FallbackNote;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummaryJson;
import org.visitprep.summary.draft.SummarySection;

/**
 * A summary as an engine drafted it, in the form that visit preparation stores: the mapping point for the summary
 * engines. Their {@code DraftSummary} maps one to one: each sentence's text, citations (record entry ids), fact ids
 * and section; the engine's name, model, creation time and language; the disclaimer key; the fallback note; and the
 * facts snapshot as JSON. {@link #of(DraftSummary)} is that mapping, and the only one.
 *
 * @param engine the engine that wrote it, e.g. {@code grounded}
 * @param model the model it used, or null for an engine without one
 * @param language the language tag it is written in, e.g. {@code fr}
 * @param disclaimerKey the key of the disclaimer that goes with it
 * @param fallbackNote why another engine wrote it than the one asked for, or null
 * @param factsSnapshot the facts it was written from, as JSON, or null
 */
public record EngineDraft(
        String engine,
        String model,
        Instant createdAt,
        String language,
        String disclaimerKey,
        String fallbackNote,
        String factsSnapshot,
        List<Sentence> sentences) {

    /** One sentence as the engine wrote it. */
    public record Sentence(String text, List<UUID> citations, List<String> factIds, String section) {

        public Sentence {
            Objects.requireNonNull(text, "text");
            citations = citations == null ? List.of() : List.copyOf(citations);
            factIds = factIds == null ? List.of() : List.copyOf(factIds);
        }
    }

    /** The disclaimer every engine's draft carries: it supports the conversation and is not a diagnosis. */
    public static final String STANDARD_DISCLAIMER = "default";

    public EngineDraft {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(disclaimerKey, "disclaimerKey");
        sentences = List.copyOf(sentences);
    }

    /**
     * The draft of a summary engine as visit preparation stores it: sentences in reading order, section after
     * section, each with the record entries it cites; the engine in lower case; no model for the grounded engine.
     */
    public static EngineDraft of(DraftSummary summary) {
        List<Sentence> sentences = new ArrayList<>();
        for (SummarySection section : summary.sections()) {
            for (var sentence : section.sentences()) {
                sentences.add(new Sentence(
                        sentence.text(), sentence.entryIds(), sentence.factIds(), sectionOf(section.kind())));
            }
        }
        return new EngineDraft(
                summary.engine().name().toLowerCase(Locale.ROOT),
                DraftSummary.NO_MODEL.equals(summary.model()) ? null : summary.model(),
                summary.createdAt(),
                summary.locale().toLanguageTag(),
                STANDARD_DISCLAIMER,
                summary.fallbackNote().map(FallbackNote::message).orElse(null),
                SummaryJson.write(summary.facts()),
                sentences);
    }

    /** The name a section is stored under; the print and the pages title it in the reader's language. */
    static String sectionOf(SectionKind kind) {
        return switch (kind) {
            case AGENDA -> "agenda";
            case CHANGES -> "changes";
            case MEDICINES -> "medications";
            case WELLNESS -> "wellness";
            case OTHER -> "other";
        };
    }
}
