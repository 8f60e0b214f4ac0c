package org.visitprep.summary.draft;

import java.util.List;
import java.util.Objects;

/** A section of a summary: its kind, its heading in the summary's language, and its sentences in reading order. */
public record SummarySection(SectionKind kind, String heading, List<SummarySentence> sentences) {

    public SummarySection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        sentences = List.copyOf(sentences);
    }
}
