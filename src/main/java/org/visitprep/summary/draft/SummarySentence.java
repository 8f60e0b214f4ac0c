package org.visitprep.summary.draft;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One sentence of a summary with what it cites: the facts it states and the record entries they rest on, which a
 * reader can open to see the source.
 */
public record SummarySentence(String text, List<String> factIds, List<UUID> entryIds) {

    public SummarySentence {
        Objects.requireNonNull(text, "text");
        factIds = List.copyOf(factIds);
        entryIds = List.copyOf(entryIds);
    }

    public boolean citesSomething() {
        return !factIds.isEmpty() || !entryIds.isEmpty();
    }
}
