package org.visitprep.summary.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitprep.summary.RecordNumbers;
import org.visitprep.summary.SummaryDrafting;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.MustMention;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.verify.DraftVerifier;
import org.visitprep.summary.verify.OmissionCheck;

/**
 * The crafted corpus through {@link SummaryDrafting} with the grounded engine, the verifier and the omission check,
 * in English and French: every fact a case must mention is among the snapshot's must-mention facts for the reason the
 * rule gives, and no other is; each is cited by a kept sentence holding its values and dates; what must not be
 * required is not; no sentence is refused, none is missing, none is written twice.
 */
class MustMentionCorpusTest {

    private static final SummaryDrafting DRAFTING = SummaryFixtures.groundedDrafting(SummaryFixtures.CLOCK);

    static Stream<Arguments> casesInEachLanguage() {
        return MustMentionCorpus.cases().stream()
                .flatMap(crafted ->
                        Stream.of(Arguments.of(crafted, Locale.ENGLISH), Arguments.of(crafted, Locale.FRENCH)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("casesInEachLanguage")
    void everyFactTheCaseMustMentionIsCitedByAKeptSentence(MustMentionCorpus.Case crafted, Locale locale) {
        DraftSummary draft = DRAFTING.draft(crafted.record(), crafted.visit(locale));
        FactsSnapshot facts = draft.facts();
        List<SummarySentence> kept = draft.sentences().stream()
                .filter(sentence -> !sentence.removed())
                .toList();

        assertEquals(
                crafted.mustMention().size(),
                facts.mustMention().size(),
                () -> "must-mention facts: " + facts.mustMention() + "\n" + texts(kept));
        for (MustMentionCorpus.Expected expected : crafted.mustMention()) {
            List<MustMention> matching = facts.mustMention().stream()
                    .filter(must ->
                            expected.fact().test(facts.fact(must.factId()).orElseThrow()))
                    .toList();
            assertEquals(1, matching.size(), () -> expected.about() + ": " + facts.mustMention());
            assertEquals(expected.reason(), matching.getFirst().reason(), expected.about());
            assertSaid(expected, matching.getFirst().factId(), kept, locale);
        }
        for (MustMentionCorpus.Expected expected : crafted.notRequired()) {
            assertTrue(
                    facts.mustMention().stream()
                            .noneMatch(must -> expected.fact()
                                    .test(facts.fact(must.factId()).orElseThrow())),
                    () -> "required, and should not be: " + expected.about());
        }
        for (MustMentionCorpus.Expected expected : crafted.said()) {
            Fact fact = facts.facts().stream()
                    .filter(expected.fact())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no fact for " + expected.about()));
            assertSaid(expected, fact.id(), kept, locale);
        }

        assertEquals(List.of(), OmissionCheck.missing(kept, facts));
        assertTrue(
                draft.checks().refused().isEmpty(),
                () -> "refused: " + draft.checks().refused());
        assertTrue(
                draft.checks().omitted().isEmpty(),
                () -> "omitted: " + draft.checks().omitted());
        Set<String> texts = new HashSet<>();
        for (SummarySentence sentence : kept) {
            assertTrue(texts.add(sentence.patientText()), "written twice: " + sentence.patientText());
            assertEquals(
                    List.of(),
                    RecordNumbers.unexplained(
                            sentence, crafted.record(), crafted.agenda(), draft.locale(), MustMentionCorpus.VISIT_DAY),
                    sentence.patientText());
        }
    }

    /**
     * The stand-ins SummaryDrafting writes for a refused sentence (the plain form) and for a fact a draft left out
     * (the short form under "needs attention") pass the verifier too, for every fact of every case.
     */
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("casesInEachLanguage")
    void theStandInsForARefusedOrMissingSentencePassTheVerifier(MustMentionCorpus.Case crafted, Locale locale) {
        DraftSummary draft = DRAFTING.draft(crafted.record(), crafted.visit(locale));
        FactsSnapshot facts = draft.facts();
        GroundedEngine engine = new GroundedEngine(SummaryFixtures.CLOCK);
        List<SummarySentence> standIns = new java.util.ArrayList<>();
        for (SummarySentence sentence : draft.sentences()) {
            standIns.add(engine.plainForm(sentence, facts, locale));
        }
        for (Fact fact : facts.facts()) {
            standIns.add(engine.needingAttention(fact, facts, locale).numbered(standIns.size() + 1));
        }
        var report = DraftVerifier.standard().verify(standIns, facts, draft.locale());
        assertTrue(report.accepted(), () -> "refused stand-ins: " + report.rejected());
    }

    private static void assertSaid(
            MustMentionCorpus.Expected expected, String factId, List<SummarySentence> kept, Locale locale) {
        List<SummarySentence> citing = kept.stream()
                .filter(sentence -> sentence.factIds().contains(factId))
                .toList();
        assertFalse(citing.isEmpty(), () -> "no kept sentence cites " + expected.about() + "\n" + texts(kept));
        for (String word : expected.words(locale)) {
            boolean addressesThePatient = word.contains("your") || word.contains("votre");
            assertTrue(
                    citing.stream()
                            .anyMatch(sentence -> sentence.patientText().contains(word)
                                    && (addressesThePatient
                                            || sentence.clinicianText().contains(word))),
                    () -> expected.about() + ": no sentence citing it says \"" + word + "\"\n" + texts(citing));
        }
    }

    private static String texts(List<SummarySentence> sentences) {
        StringBuilder texts = new StringBuilder();
        sentences.forEach(sentence -> texts.append(sentence.section())
                .append(": ")
                .append(sentence.patientText())
                .append('\n'));
        return texts.toString();
    }
}
