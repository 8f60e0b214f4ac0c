package org.visitprep.summary.llm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.FallbackNote;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.grounded.GroundedEngine;

/** {@link LlmSummaries}'s fallback: the grounded summary, with a note naming why the model's was not used. */
@Dependent
public class LlmFallback implements FallbackHandler<DraftSummary> {

    @Inject
    GroundedEngine grounded;

    @Override
    public DraftSummary handle(ExecutionContext context) {
        FactsSnapshot facts = (FactsSnapshot) context.getParameters()[0];
        Locale locale = (Locale) context.getParameters()[1];
        return standIn(grounded, facts, locale, context.getFailure());
    }

    /** What the handler does, reachable without a container. */
    static DraftSummary standIn(GroundedEngine grounded, FactsSnapshot facts, Locale locale, Throwable failure) {
        return grounded.standIn(facts, locale, FallbackNote.of(LlmFailures.reasonOf(failure), locale));
    }
}
