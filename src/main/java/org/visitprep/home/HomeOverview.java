package org.visitprep.home;

import java.util.List;
import java.util.Optional;
import org.visitprep.sharing.AccessEntry;
import org.visitprep.sharing.GrantOverview;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.visit.VisitOverview;

/**
 * What the patient's home page shows.
 *
 * @param nextVisit the soonest visit from today, if any
 * @param needsAttention the results and changes of the last twelve months that a summary must mention, written for
 *     the patient, each citing its records
 * @param activeShares the summaries shared now, soonest to expire first
 * @param latestAccesses the latest openings of their summaries, latest first
 */
public record HomeOverview(
        Optional<VisitOverview> nextVisit,
        List<SummarySentence> needsAttention,
        List<GrantOverview> activeShares,
        List<AccessEntry> latestAccesses) {

    public HomeOverview {
        needsAttention = List.copyOf(needsAttention);
        activeShares = List.copyOf(activeShares);
        latestAccesses = List.copyOf(latestAccesses);
    }
}
