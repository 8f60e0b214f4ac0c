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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.visitprep.summary.ModelOutcome;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.draft.Notes;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.wording.Languages;

/**
 * The language model engine: sends the de-identified facts payload ({@link FactsPayload}: no identity, dates as
 * tokens) to an OpenAI-compatible chat endpoint with a strict system prompt and JSON response format, and reads the
 * sentences (each for the patient and for the clinician) and the fact ids they cite, with their date tokens written
 * out. It checks nothing itself: {@link org.visitprep.summary.SummaryDrafting}
 * passes every draft through the verifier and the omission check, and falls back to the grounded engine.
 *
 * <p>Two ways in. {@link #attempt} is one call: it throws {@link LlmUnavailable} when the model times out, answers
 * with an HTTP error, cannot be reached or answers something unreadable. In a container, {@link LlmSummaries} calls
 * it under MicroProfile Fault Tolerance's {@code @Timeout}, {@code @CircuitBreaker} and {@code @Fallback}.
 * {@link #draft} does the same without a container: its own {@link CircuitBreakerState} and its own deadline (the
 * HTTP client's timeout, and a wait on a virtual thread for a server that answers too slowly once it has started);
 * it never throws.
 */
public final class LlmEngine implements AutoCloseable {

    private final ChatModel model;
    private final AiSettings settings;
    private final CircuitBreakerState breaker;
    private final Clock clock;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    public LlmEngine(ChatModel model, AiSettings settings, CircuitBreakerState breaker, Clock clock) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An engine talking to the configured endpoint through LangChain4j's OpenAI-compatible client. */
    public static LlmEngine openAiCompatible(AiSettings settings, Clock clock) {
        if (!settings.isConfigured()) {
            throw new IllegalArgumentException(
                    "the language model engine needs " + AiSettings.BASE_URL + " and " + AiSettings.MODEL);
        }
        return new LlmEngine(chatModel(settings), settings, CircuitBreakerState.standard(clock), clock);
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

    /**
     * The model's unchecked draft, or why there is none; never throws.
     *
     * @param person what identifies the patient, removed from every text sent
     */
    public ModelOutcome draft(FactsSnapshot facts, Locale patientLocale, PersonalDetails person) {
        Locale locale = Languages.summaryLocale(patientLocale);
        if (!breaker.allowsCall()) {
            return new ModelOutcome.Unavailable(FallbackReason.CIRCUIT_OPEN);
        }
        try {
            DraftSummary summary = withinDeadline(facts, locale, person);
            breaker.recordSuccess();
            return new ModelOutcome.Answered(summary);
        } catch (LlmUnavailable failure) {
            breaker.recordFailure();
            return new ModelOutcome.Unavailable(failure.reason());
        }
    }

    /** One call to the model; see the class comment for what it throws. */
    public DraftSummary attempt(FactsSnapshot facts, Locale patientLocale, PersonalDetails person)
            throws LlmUnavailable {
        Locale locale = Languages.summaryLocale(patientLocale);
        Deidentifier deidentifier = new Deidentifier(person);
        ChatResponse response;
        try {
            response = model.chat(request(facts, locale, deidentifier));
        } catch (RuntimeException failure) {
            FallbackReason reason = LlmFailures.reasonOf(failure);
            throw new LlmUnavailable(reason, "the model call failed: " + reason, failure);
        }
        LlmAnswer answer = LlmAnswer.parse(
                response.aiMessage() == null ? null : response.aiMessage().text());
        String modelName = response.modelName() != null ? response.modelName() : settings.model();
        return new DraftSummary(
                facts.patientId(),
                locale,
                sentences(answer, facts, new ModelWords(facts, locale, deidentifier)),
                Notes.text("disclaimer", locale),
                Engine.LLM,
                modelName,
                clock.instant(),
                facts,
                null,
                null);
    }

    public CircuitBreakerState breaker() {
        return breaker;
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    static ChatRequest request(FactsSnapshot facts, Locale locale, Deidentifier deidentifier) {
        return ChatRequest.builder()
                .messages(
                        SystemMessage.from(SystemPrompt.forLanguage(locale)),
                        UserMessage.from(FactsPayload.of(facts, locale, deidentifier)))
                .responseFormat(ResponseFormat.JSON)
                .build();
    }

    private DraftSummary withinDeadline(FactsSnapshot facts, Locale locale, PersonalDetails person)
            throws LlmUnavailable {
        Future<DraftSummary> call = calls.submit(() -> attempt(facts, locale, person));
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

    /**
     * The model's sentences, numbered in reading order, with the entries their facts rest on (unknown fact ids are
     * left for the verifier), each in a section: under "needs attention" when it cites a fact the summary must
     * mention, with the agenda when it cites an agenda item or a fact linked to one, else in the section of the first
     * fact it cites. The model's order is kept within a section. Each text has its date tokens written out and the
     * patient's words put back where it quotes them ({@link ModelWords}).
     */
    private static List<SummarySentence> sentences(LlmAnswer answer, FactsSnapshot facts, ModelWords words) {
        Set<String> agenda = new HashSet<>();
        for (AgendaItemFact item : facts.factsOf(AgendaItemFact.class)) {
            agenda.add(item.id());
            agenda.addAll(item.linkedFactIds());
        }
        List<SummarySentence> sentences = new ArrayList<>();
        for (LlmAnswer.Sentence sentence : answer.sentences()) {
            Set<UUID> entries = new LinkedHashSet<>();
            sentence.facts().forEach(id -> facts.fact(id).ifPresent(fact -> entries.addAll(fact.entryIds())));
            SectionKind section = sentence.facts().stream().anyMatch(facts::mustMention)
                    ? SectionKind.NEEDS_ATTENTION
                    : sentence.facts().stream().anyMatch(agenda::contains)
                            ? SectionKind.AGENDA
                            : sentence.facts().stream()
                                    .findFirst()
                                    .flatMap(facts::fact)
                                    .map(SectionKind::of)
                                    .orElse(SectionKind.OTHER);
            sentences.add(SummarySentence.byEngine(
                    1,
                    section,
                    words.writtenOut(sentence.patient(), sentence.facts()),
                    words.writtenOut(sentence.clinician(), sentence.facts()),
                    sentence.facts(),
                    List.copyOf(entries)));
        }
        List<SummarySentence> inOrder = new ArrayList<>();
        DraftSummary.bySection(sentences).values().forEach(inOrder::addAll);
        return DraftSummary.numbered(inOrder);
    }
}
