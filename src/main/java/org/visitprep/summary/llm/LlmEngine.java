package org.visitprep.summary.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.FallbackNote;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.draft.Notes;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySection;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.verify.DraftVerifier;
import org.visitprep.summary.verify.VerificationReport;
import org.visitprep.summary.wording.Languages;

/**
 * The language model engine: sends the de-identified facts payload to an OpenAI-compatible chat endpoint with a
 * strict system prompt and JSON response format, reads the sentences and the fact ids they cite, and passes them
 * through the verifier. Whatever goes wrong, the patient gets the grounded summary with a visible note saying why.
 *
 * <p>Two ways in. {@link #attempt} is one call: it throws {@link LlmUnavailable} when the model times out, answers
 * with an HTTP error, cannot be reached or answers something unreadable, and returns the grounded stand-in when the
 * verifier rejects a sentence (the model worked; its answer did not pass). In a container, {@link LlmSummaries} calls
 * it under MicroProfile Fault Tolerance's {@code @Timeout}, {@code @CircuitBreaker} and {@code @Fallback}.
 * {@link #draft} does the same without a container: its own {@link CircuitBreakerState}, its own deadline (the HTTP
 * client's timeout, and a wait on a virtual thread for a server that answers too slowly once it has started), and
 * the fallback; it never throws.
 */
public final class LlmEngine implements AutoCloseable {

    private final ChatModel model;
    private final AiSettings settings;
    private final GroundedEngine grounded;
    private final DraftVerifier verifier;
    private final CircuitBreakerState breaker;
    private final Clock clock;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    public LlmEngine(
            ChatModel model,
            AiSettings settings,
            GroundedEngine grounded,
            DraftVerifier verifier,
            CircuitBreakerState breaker,
            Clock clock) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.grounded = Objects.requireNonNull(grounded, "grounded");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An engine talking to the configured endpoint through LangChain4j's OpenAI-compatible client. */
    public static LlmEngine openAiCompatible(
            AiSettings settings, GroundedEngine grounded, DraftVerifier verifier, Clock clock) {
        if (!settings.isConfigured()) {
            throw new IllegalArgumentException(
                    "the language model engine needs " + AiSettings.BASE_URL + " and " + AiSettings.MODEL);
        }
        return new LlmEngine(
                chatModel(settings), settings, grounded, verifier, CircuitBreakerState.standard(clock), clock);
    }

    /**
     * LangChain4j's OpenAI chat client for the settings. It never retries (the circuit breaker decides when to call
     * again) and never logs requests or responses: they hold health data.
     */
    static ChatModel chatModel(AiSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.keyToSend())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    /** The summary, by the model if it can, else by the grounded engine with a note; never throws. */
    public DraftSummary draft(FactsSnapshot facts, Locale patientLocale) {
        Locale locale = Languages.summaryLocale(patientLocale);
        if (!breaker.allowsCall()) {
            return grounded.standIn(facts, locale, FallbackNote.of(FallbackReason.CIRCUIT_OPEN, locale));
        }
        try {
            DraftSummary summary = withinDeadline(facts, locale);
            breaker.recordSuccess();
            return summary;
        } catch (LlmUnavailable failure) {
            breaker.recordFailure();
            return grounded.standIn(facts, locale, FallbackNote.of(failure.reason(), locale));
        }
    }

    /** One call to the model, verified; see the class comment for what it throws and returns. */
    public DraftSummary attempt(FactsSnapshot facts, Locale patientLocale) throws LlmUnavailable {
        Locale locale = Languages.summaryLocale(patientLocale);
        ChatResponse response;
        try {
            response = model.chat(request(facts, locale));
        } catch (RuntimeException failure) {
            FallbackReason reason = LlmFailures.reasonOf(failure);
            throw new LlmUnavailable(reason, "the model call failed: " + reason, failure);
        }
        LlmAnswer answer = LlmAnswer.parse(
                response.aiMessage() == null ? null : response.aiMessage().text());
        List<SummarySentence> sentences = cited(answer, facts);
        VerificationReport report = verifier.verify(sentences, facts, locale);
        if (!report.accepted()) {
            return grounded.standIn(
                    facts, locale, FallbackNote.of(FallbackReason.REJECTED_BY_VERIFIER, locale, report.rejected()));
        }
        String modelName = response.modelName() != null ? response.modelName() : settings.model();
        return new DraftSummary(
                facts.patientId(),
                locale,
                sections(sentences, facts, locale),
                Notes.text("disclaimer", locale),
                Engine.LLM,
                modelName,
                clock.instant(),
                facts,
                null);
    }

    public CircuitBreakerState breaker() {
        return breaker;
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    static ChatRequest request(FactsSnapshot facts, Locale locale) {
        return ChatRequest.builder()
                .messages(
                        SystemMessage.from(SystemPrompt.forLanguage(locale)),
                        UserMessage.from(FactsPayload.of(facts, locale)))
                .responseFormat(ResponseFormat.JSON)
                .build();
    }

    private DraftSummary withinDeadline(FactsSnapshot facts, Locale locale) throws LlmUnavailable {
        Future<DraftSummary> call = calls.submit(() -> attempt(facts, locale));
        try {
            return call.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            call.cancel(true);
            throw new LlmUnavailable(FallbackReason.TIMEOUT, "no answer within " + settings.timeout(), late);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof LlmUnavailable unavailable) {
                throw unavailable;
            }
            throw new LlmUnavailable(LlmFailures.reasonOf(failed.getCause()), "the model call failed", failed);
        } catch (InterruptedException interrupted) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmUnavailable(FallbackReason.FAILED, "interrupted while waiting for the model", interrupted);
        }
    }

    /** The model's sentences with the entries their facts rest on; unknown ids are left for the verifier. */
    private static List<SummarySentence> cited(LlmAnswer answer, FactsSnapshot facts) {
        List<SummarySentence> sentences = new ArrayList<>();
        for (LlmAnswer.Sentence sentence : answer.sentences()) {
            Set<UUID> entries = new LinkedHashSet<>();
            sentence.facts().forEach(id -> facts.fact(id).ifPresent(fact -> entries.addAll(fact.entryIds())));
            sentences.add(new SummarySentence(sentence.text(), sentence.facts(), List.copyOf(entries)));
        }
        return sentences;
    }

    /**
     * The model's sentences in sections: with the agenda when they cite an agenda item or a fact linked to one,
     * else in the section of the first fact they cite; the model's order is kept within a section.
     */
    private static List<SummarySection> sections(List<SummarySentence> sentences, FactsSnapshot facts, Locale locale) {
        Set<String> agenda = new HashSet<>();
        for (AgendaItemFact item : facts.factsOf(AgendaItemFact.class)) {
            agenda.add(item.id());
            agenda.addAll(item.linkedFactIds());
        }
        Map<SectionKind, List<SummarySentence>> bySection = new EnumMap<>(SectionKind.class);
        for (SummarySentence sentence : sentences) {
            SectionKind kind = sentence.factIds().stream().anyMatch(agenda::contains)
                    ? SectionKind.AGENDA
                    : facts.fact(sentence.factIds().getFirst())
                            .map(SectionKind::of)
                            .orElse(SectionKind.OTHER);
            bySection.computeIfAbsent(kind, k -> new ArrayList<>()).add(sentence);
        }
        List<SummarySection> sections = new ArrayList<>();
        bySection.forEach(
                (kind, list) -> sections.add(new SummarySection(kind, Notes.text("section." + kind, locale), list)));
        return sections;
    }
}
