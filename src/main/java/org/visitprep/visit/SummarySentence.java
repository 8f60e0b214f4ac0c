package org.visitprep.visit;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One sentence of a visit summary.
 *
 * @param number the sentence's number in its summary, from 1, kept through edits so that marks can name it
 * @param text what it says
 * @param citations the ids of the record entries it comes from, in the order the engine gave them
 * @param factIds the ids of the facts the engine stated in it
 * @param section the summary section it belongs to, as the engine named it (e.g. {@code labs})
 * @param origin who wrote it
 * @param removed whether the patient took it out of the summary (kept, so that they can put it back)
 */
public record SummarySentence(
        int number,
        String text,
        List<UUID> citations,
        List<String> factIds,
        String section,
        SentenceOrigin origin,
        boolean removed) {

    public static final int LONGEST_TEXT = 600;

    /** The section of the sentences that the patient adds at the end. */
    public static final String PATIENT_SECTION = "patient";

    public SummarySentence {
        if (number < 1) {
            throw new IllegalArgumentException("Sentences are numbered from 1");
        }
        Objects.requireNonNull(text, "text");
        citations = citations == null ? List.of() : List.copyOf(citations);
        factIds = factIds == null ? List.of() : List.copyOf(factIds);
        section = section == null || section.isBlank() ? PATIENT_SECTION : section;
        Objects.requireNonNull(origin, "origin");
        if (origin == SentenceOrigin.ADDED_BY_PATIENT && !(citations.isEmpty() && factIds.isEmpty())) {
            throw new IllegalArgumentException("A sentence the patient added cites nothing");
        }
    }

    static SummarySentence addedByPatient(int number, String text, String section) {
        return new SummarySentence(number, text, List.of(), List.of(), section, SentenceOrigin.ADDED_BY_PATIENT, false);
    }

    /** The sentence in the patient's words; it keeps its citations, and says the patient wrote it. */
    SummarySentence editedTo(String newText) {
        SentenceOrigin editedOrigin =
                origin == SentenceOrigin.ADDED_BY_PATIENT ? origin : SentenceOrigin.EDITED_BY_PATIENT;
        return new SummarySentence(number, newText, citations, factIds, section, editedOrigin, removed);
    }

    SummarySentence removedFromSummary() {
        return new SummarySentence(number, text, citations, factIds, section, origin, true);
    }

    SummarySentence keptInSummary() {
        return new SummarySentence(number, text, citations, factIds, section, origin, false);
    }

    /** Whether the patient wrote these words. */
    public boolean writtenByPatient() {
        return origin != SentenceOrigin.ENGINE;
    }
}
