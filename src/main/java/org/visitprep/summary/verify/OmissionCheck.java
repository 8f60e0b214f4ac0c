package org.visitprep.summary.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.MustMention;

/**
 * The omission check every draft passes, whatever engine wrote it: each fact the summary must mention (critical and
 * out-of-range results, medicine changes, new conditions and allergies) is cited by at least one sentence that is
 * still in the summary.
 */
public final class OmissionCheck {

    private OmissionCheck() {}

    /** The must-mention facts no kept sentence cites, in the snapshot's order; none for a complete draft. */
    public static List<MustMention> missing(List<SummarySentence> sentences, FactsSnapshot snapshot) {
        Set<String> cited = new HashSet<>();
        sentences.stream()
                .filter(sentence -> !sentence.removed())
                .forEach(sentence -> cited.addAll(sentence.factIds()));
        return snapshot.mustMention().stream()
                .filter(must -> !cited.contains(must.factId()))
                .toList();
    }
}
