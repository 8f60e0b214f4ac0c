package org.visitprep.summary.llm;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.visitprep.summary.ModelOutcome;

/** {@link LlmSummaries}'s fallback: why the model's draft could not be had, for the grounded engine to stand in. */
@Dependent
public class LlmFallback implements FallbackHandler<ModelOutcome> {

    @Override
    public ModelOutcome handle(ExecutionContext context) {
        return new ModelOutcome.Unavailable(LlmFailures.reasonOf(context.getFailure()));
    }
}
