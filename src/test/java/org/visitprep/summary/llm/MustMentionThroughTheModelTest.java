package org.visitprep.summary.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitprep.summary.SummaryDrafting;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.VisitContext;
import org.visitprep.summary.corpus.MustMentionCorpus;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.MustMention;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.verify.DraftVerifier;

/**
 * The crafted corpus whose must-mention facts are known, drafted by the language model engine against the
 * OpenAI-protocol test server, with three kinds of model: a careful one (it writes a sentence for every fact), a
 * forgetful one (it leaves out what needs attention) and a reckless one (it calls what needs attention normal).
 * Whatever the model does, the summary the patient sees cites every fact it must mention, and when the model's draft
 * was not used the reason is recorded.
 */
class MustMentionThroughTheModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a model treats the facts it is sent. */
    enum Model {
        CAREFUL,
        FORGETFUL,
        RECKLESS
    }

    private static FakeOpenAi server;
    private static LlmEngine engine;
    private static SummaryDrafting drafting;
    private static FactFinder facts;
    private static GroundedEngine grounded;

    @BeforeAll
    static void start() throws Exception {
        server = new FakeOpenAi();
        AiSettings settings = new AiSettings(true, server.baseUrl(), "fake-model", null, Duration.ofSeconds(10));
        engine = LlmEngine.openAiCompatible(settings, SummaryFixtures.CLOCK);
        facts = FactFinder.standard(SummaryFixtures.CLOCK);
        grounded = new GroundedEngine(SummaryFixtures.CLOCK);
        drafting = new SummaryDrafting(
                facts,
                grounded,
                DraftVerifier.standard(),
                settings,
                (snapshot, locale, record) ->
                        engine.draft(snapshot, locale, PersonalDetails.of(record, java.util.Optional.empty())));
    }

    @AfterAll
    static void stop() {
        engine.close();
        server.close();
    }

    static Stream<Arguments> draftings() {
        return MustMentionCorpus.cases().stream()
                .flatMap(crafted -> Stream.of(Locale.ENGLISH, Locale.FRENCH)
                        .flatMap(locale ->
                                Stream.of(Model.values()).map(model -> Arguments.of(crafted, locale, model))));
    }

    @ParameterizedTest(name = "{0}, {1}, a {2} model")
    @MethodSource("draftings")
    void everyFactThatMustBeMentionedReachesThePatientWhateverTheModelWrites(
            MustMentionCorpus.Case crafted, Locale locale, Model model) {
        VisitContext visit = crafted.visit(locale);
        FactsSnapshot snapshot = facts.find(crafted.record(), visit.window(), visit.agenda());
        server.answerWith(request -> FakeOpenAi.completion(answer(snapshot, locale, model)));

        DraftSummary shown = drafting.draft(crafted.record(), visit);

        Set<String> cited = new HashSet<>();
        shown.sentences().stream().filter(s -> !s.removed()).forEach(s -> cited.addAll(s.factIds()));
        for (MustMention must : snapshot.mustMention()) {
            assertTrue(cited.contains(must.factId()), "left out: " + must + " in " + shown.sentences());
        }
        assertNotNull(shown.checks(), "the checks are recorded");
        if (shown.engine() == Engine.GROUNDED) {
            assertNotNull(shown.checks().fallback(), "why the model's draft was not shown is recorded");
        }
        if (!snapshot.mustMention().isEmpty()) {
            switch (model) {
                case FORGETFUL ->
                    assertEquals(
                            FallbackReason.OMITTED_MUST_MENTION, shown.checks().fallback());
                case RECKLESS ->
                    assertEquals(
                            FallbackReason.REJECTED_BY_VERIFIER, shown.checks().fallback());
                case CAREFUL -> {}
            }
        }
    }

    /**
     * The model's answer: the grounded engine's sentences for the facts (a careful model says the same), without those
     * that need attention (forgetful), or with each of those followed by reassurance the record does not give
     * (reckless).
     */
    private static String answer(FactsSnapshot snapshot, Locale locale, Model model) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode sentences = answer.putArray("sentences");
        boolean french = "fr".equals(locale.getLanguage());
        for (SummarySentence written : grounded.write(snapshot, locale).sentences()) {
            boolean needsAttention = written.section() == SectionKind.NEEDS_ATTENTION;
            if (model == Model.FORGETFUL && needsAttention) {
                continue;
            }
            String patient = written.patientText();
            String clinician = written.clinicianText();
            if (model == Model.RECKLESS && needsAttention) {
                String reassurance =
                        french ? " C'est normal, rien d'inquiétant." : " This is normal, nothing to worry about.";
                patient += reassurance;
                clinician += reassurance;
            }
            ObjectNode sentence = sentences.addObject();
            sentence.put("patient", patient);
            sentence.put("clinician", clinician);
            ArrayNode ids = sentence.putArray("facts");
            written.factIds().forEach(ids::add);
        }
        return answer.toString();
    }
}
