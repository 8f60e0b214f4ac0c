package org.visitprep.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.ConfigProvider;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.llm.AiSettings;
import org.visitprep.summary.llm.LlmSummaries;
import org.visitprep.summary.llm.LlmUnavailable;
import org.visitprep.summary.verify.DraftVerifier;

/**
 * Makes the summary's plain, thread-safe services available for injection, one instance each per application. They
 * are produced as {@code @Singleton} (no client proxy), because they are final classes.
 */
@ApplicationScoped
public class SummaryEngines {

    @Produces
    @Singleton
    FactFinder factFinder() {
        return FactFinder.standard(Clock.systemUTC());
    }

    @Produces
    @Singleton
    GroundedEngine groundedEngine() {
        return new GroundedEngine(Clock.systemUTC());
    }

    @Produces
    @Singleton
    DraftVerifier draftVerifier() {
        return DraftVerifier.standard();
    }

    @Produces
    @Singleton
    SummaryDrafting summaryDrafting(
            FactFinder facts,
            GroundedEngine grounded,
            DraftVerifier verifier,
            AiSettings settings,
            LlmSummaries model) {
        return new SummaryDrafting(facts, grounded, verifier, settings, (snapshot, locale, record) -> {
            try {
                return model.draft(snapshot, locale, record);
            } catch (LlmUnavailable unguarded) {
                // reached only where no Fault Tolerance implementation applies LlmSummaries' @Fallback
                return new ModelOutcome.Unavailable(unguarded.reason());
            }
        });
    }

    @Produces
    @Singleton
    AiSettings aiSettings() {
        return AiSettings.from(ConfigProvider.getConfig(SummaryEngines.class.getClassLoader()));
    }
}
