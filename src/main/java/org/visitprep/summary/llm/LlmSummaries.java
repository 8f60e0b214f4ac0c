package org.visitprep.summary.llm;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.visitprep.identity.AccountService;
import org.visitprep.identity.UserAccount;
import org.visitprep.record.PatientRecord;
import org.visitprep.summary.ModelOutcome;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.facts.FactsSnapshot;

/**
 * The language model engine in the container, guarded by MicroProfile Fault Tolerance: what the container adds is the
 * {@code @Timeout} (a ceiling over the whole call, on top of the HTTP client's {@code visitprep.ai.timeout}), a
 * {@code @CircuitBreaker} shared by every caller of this application-scoped bean, and the {@code @Fallback}
 * ({@link LlmFallback}) that turns any failure into {@link ModelOutcome.Unavailable} with its reason. The values match
 * {@link CircuitBreakerState}, which does the same outside a container; like any Fault Tolerance value they can be
 * overridden in configuration, e.g. {@code org.visitprep.summary.llm.LlmSummaries/draft/Timeout/value=45000}.
 */
@ApplicationScoped
public class LlmSummaries {

    /** The ceiling over one call, above the default HTTP timeout so that the HTTP client normally fires first. */
    static final long TIMEOUT_CEILING_SECONDS = 60;

    @Inject
    AiSettings settings;

    @Inject
    AccountService accounts;

    private LlmEngine engine;

    @PostConstruct
    void connect() {
        if (settings.enabled() && settings.isConfigured()) {
            engine = LlmEngine.openAiCompatible(settings, Clock.systemUTC());
        }
    }

    @PreDestroy
    void disconnect() {
        if (engine != null) {
            engine.close();
        }
    }

    /**
     * The model's draft, unchecked, or (through the fallback) why there is none. Nothing that identifies the patient
     * is sent: the names, addresses, contacts and identifiers of the record's Patient resources and the account's
     * display name are removed from every text, with what the de-identifier's patterns find.
     */
    @Timeout(value = TIMEOUT_CEILING_SECONDS, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(
            requestVolumeThreshold = CircuitBreakerState.REQUEST_VOLUME_THRESHOLD,
            failureRatio = CircuitBreakerState.FAILURE_RATIO,
            delay = 30,
            delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1)
    @Fallback(LlmFallback.class)
    public ModelOutcome draft(FactsSnapshot facts, Locale locale, PatientRecord record) throws LlmUnavailable {
        if (engine == null) {
            throw new LlmUnavailable(
                    FallbackReason.NOT_CONFIGURED, "the language model engine is not configured", null);
        }
        Optional<String> accountName = accounts.find(record.patientId()).map(UserAccount::displayName);
        return new ModelOutcome.Answered(engine.attempt(facts, locale, PersonalDetails.of(record, accountName)));
    }
}
