package org.visitprep.summary;

import java.util.Objects;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.FallbackReason;

/** What asking the language model for a draft gave: its draft, not yet checked, or why there is none. */
public sealed interface ModelOutcome {

    /** The model answered with a readable draft; the verifier and the omission check have not seen it yet. */
    record Answered(DraftSummary draft) implements ModelOutcome {
        public Answered {
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** The model could not be used: timeout, HTTP error, unreadable answer, open circuit... */
    record Unavailable(FallbackReason reason) implements ModelOutcome {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
