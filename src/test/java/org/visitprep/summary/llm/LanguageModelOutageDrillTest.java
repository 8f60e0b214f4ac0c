package org.visitprep.summary.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitprep.ehr.sandbox.testing.SettableClock;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.summary.CraftedPatient;
import org.visitprep.summary.SummaryDrafting;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.verify.DraftVerifier;

/**
 * Fault drill (issue 11, d): the language model's endpoint hangs (takes the request and never answers) or answers
 * 500. The grounded engine stands in within the configured timeout (plus a second of slack for the machine), the
 * patient is told why in their language, and the check after the drill: the summary is exactly the one the grounded
 * engine writes alone from the same facts, the record it was drafted from is unchanged, one request reached the
 * endpoint (no retry storm), and nothing of the record or the request went to the log.
 */
class LanguageModelOutageDrillTest {

    private static final Duration CONFIGURED_TIMEOUT = Duration.ofMillis(1500);
    private static final Duration SLACK = Duration.ofSeconds(1);

    private static InMemoryPatientRecord record;
    private static FactsSnapshot facts;

    private FakeOpenAi endpoint;
    private LlmEngine engine;
    private SummaryDrafting drafting;
    private SettableClock clock;
    private final List<String> log = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            log.add(entry.getLoggerName() + " " + entry.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeAll
    static void facts() {
        record = CraftedPatient.record();
        facts = FactFinder.standard(SummaryFixtures.CLOCK).find(record, CraftedPatient.WINDOW, CraftedPatient.agenda());
    }

    @BeforeEach
    void start() throws Exception {
        endpoint = new FakeOpenAi();
        clock = new SettableClock(Instant.parse("2026-11-28T10:00:00Z"));
        AiSettings settings = new AiSettings(true, endpoint.baseUrl(), "fake-model", "", CONFIGURED_TIMEOUT);
        engine = LlmEngine.openAiCompatible(settings, clock);
        drafting = drafting(settings);
        Logger.getLogger("org.visitprep").addHandler(capture);
        Logger.getLogger("org.visitprep").setLevel(Level.ALL);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("org.visitprep").removeHandler(capture);
        Logger.getLogger("org.visitprep").setLevel(null);
        engine.close();
        endpoint.close();
    }

    private SummaryDrafting drafting(AiSettings settings) {
        return new SummaryDrafting(
                FactFinder.standard(clock),
                new GroundedEngine(clock),
                DraftVerifier.standard(),
                settings,
                (snapshot, locale, of) ->
                        engine.draft(snapshot, locale, PersonalDetails.of(of, Optional.of("Alex Crafted"))));
    }

    static Stream<Arguments> outages() {
        return Stream.of(
                Arguments.of(
                        "hangs",
                        FakeOpenAi.slowly(FakeOpenAi.completion("{\"sentences\": []}"), Duration.ofMinutes(10)),
                        FallbackReason.TIMEOUT),
                Arguments.of("answers 500", FakeOpenAi.error(500), FallbackReason.HTTP_ERROR));
    }

    @ParameterizedTest(name = "the endpoint {0}")
    @MethodSource("outages")
    void theGroundedSummaryStandsInWithinTheTimeout(String outage, FakeOpenAi.Reply reply, FallbackReason reason) {
        endpoint.answerWith(request -> reply);
        int entriesBefore =
                record.countsByKind().values().stream().mapToInt(Long::intValue).sum();

        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            long start = System.nanoTime();
            DraftSummary summary = drafting.draft(facts, language, record);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(took.compareTo(CONFIGURED_TIMEOUT.plus(SLACK)) <= 0, outage + ": stood in after " + took);
            assertEquals(Engine.GROUNDED, summary.engine());
            assertEquals(reason, summary.fallback().reason());
            assertEquals(reason, summary.checks().fallback(), "the sealed drafting record says why");
            assertFalse(summary.fallback().message().isBlank());
            DraftSummary alone = drafting(AiSettings.disabled()).draft(facts, language, record);
            assertEquals(alone.sentences(), summary.sentences(), "the grounded engine's own summary");
        }

        assertEquals(2, endpoint.requests().size(), "one request per summary, no retry");
        assertEquals(
                entriesBefore,
                record.countsByKind().values().stream().mapToInt(Long::intValue).sum(),
                "the record is unchanged");
        for (String line : log) {
            for (AgendaItemFact fact : facts.factsOf(AgendaItemFact.class)) {
                assertFalse(line.contains(fact.text()), "the patient's words are not logged: " + line);
            }
            assertFalse(line.contains("Alex Crafted"), line);
        }
    }
}
