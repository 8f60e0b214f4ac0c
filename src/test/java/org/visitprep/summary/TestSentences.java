package org.visitprep.summary;

import java.util.List;
import java.util.UUID;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;

/** Sentences as a draft would hold them, for checking: the same words for the patient and the clinician. */
public final class TestSentences {

    private TestSentences() {}

    /** A sentence an engine wrote, numbered 1, citing these facts and entries. */
    public static SummarySentence claim(String text, List<String> factIds, List<UUID> entryIds) {
        return SummarySentence.byEngine(1, SectionKind.OTHER, text, text, factIds, entryIds);
    }

    /** The same, numbered. */
    public static SummarySentence claim(int number, String text, List<String> factIds, List<UUID> entryIds) {
        return SummarySentence.byEngine(number, SectionKind.OTHER, text, text, factIds, entryIds);
    }
}
