package org.visitprep.summary.agenda;

import java.util.List;
import java.util.Objects;

/**
 * A theme an agenda item may touch (fatigue, thirst, dizziness...), the words that name it in English and French,
 * and the LOINC codes of the measurements shown next to it, with the id of the source that links them.
 */
public record AgendaTopic(String id, String sourceId, List<String> keywords, List<String> loincCodes) {

    public AgendaTopic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        keywords = List.copyOf(keywords);
        loincCodes = List.copyOf(loincCodes);
    }
}
