package org.visitprep.visit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A summary as an engine drafted it, in the form that visit preparation stores: the mapping point for the summary
 * engines. Their {@code DraftSummary} maps one to one: each sentence's text, citations (record entry ids), fact ids
 * and section; the engine's name, model, creation time and language; the disclaimer key; the fallback note; and the
 * facts snapshot as JSON.
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

    public EngineDraft {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(disclaimerKey, "disclaimerKey");
        sentences = List.copyOf(sentences);
    }
}
