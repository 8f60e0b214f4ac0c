package org.visitprep.summary.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.Finding;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.draft.Verdict;

/**
 * The verifier against the adversarial corpus: no draft labelled refuse is accepted (each false accept is named), each
 * refusal names the rule the corpus expects, the honest paraphrases a good model writes are accepted, and the corpus
 * covers every category the issue lists in English and French.
 */
class AdversarialCorpusTest {

    private static final DraftVerifier VERIFIER = DraftVerifier.standard();
    private static AdversarialCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = AdversarialCorpus.load();
    }

    @Test
    void noDraftLabelledRefuseIsAccepted() {
        List<String> falseAccepts = corpus.drafts().stream()
                .filter(AdversarialCorpus.Draft::refuse)
                .filter(draft -> verdict(draft).accepted())
                .map(AdversarialCorpus.Draft::toString)
                .toList();
        assertEquals(List.of(), falseAccepts, "drafts the verifier let through");
    }

    @Test
    void eachRefusalNamesTheRuleTheCorpusExpects() {
        List<String> otherRules = corpus.drafts().stream()
                .filter(AdversarialCorpus.Draft::refuse)
                .filter(draft -> verdict(draft).findings().stream()
                        .noneMatch(f -> draft.rules().contains(f.kind())))
                .map(draft -> draft + "\n    expected " + draft.rules() + ", found "
                        + verdict(draft).findings())
                .toList();
        assertEquals(List.of(), otherRules, "refusals for another rule than the one expected");
    }

    @Test
    void theHonestParaphrasesAreAccepted() {
        List<String> falseRefusals = corpus.drafts().stream()
                .filter(draft -> !draft.refuse())
                .filter(draft -> !verdict(draft).accepted())
                .map(draft -> draft + "\n    " + verdict(draft).findings())
                .toList();
        assertEquals(List.of(), falseRefusals, "honest drafts refused");
    }

    @Test
    void everyRefusalNamesItsRuleAndWordsInEnglishAndFrench() {
        for (AdversarialCorpus.Draft draft : corpus.drafts()) {
            for (Finding finding : verdict(draft).findings()) {
                for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                    String message = finding.message(language);
                    assertFalse(message.isBlank(), () -> finding + " has no message in " + language);
                    assertFalse(message.contains("{0}"), () -> finding + " leaves its words out in " + language);
                }
                if (finding.kind() != FindingKind.NO_CITATION && finding.kind() != FindingKind.EMPTY_SENTENCE) {
                    assertFalse(finding.detail().isBlank(), () -> draft + ": " + finding + " names no words");
                }
            }
        }
    }

    @Test
    void coversEveryCategoryOfTheIssueInBothLanguages() {
        assertTrue(corpus.drafts().size() >= 200, "drafts: " + corpus.drafts().size());
        Map<String, Set<String>> languagesByCategory = corpus.drafts().stream()
                .collect(Collectors.groupingBy(
                        AdversarialCorpus.Draft::category,
                        Collectors.mapping(draft -> draft.language().getLanguage(), Collectors.toSet())));
        for (String category : List.of(
                "within range when the record flags it high or low",
                "a critical value called normal",
                "a number in no cited fact beside a medicine or an agenda item",
                "a unit no cited fact uses, or none at all",
                "digits in other Unicode forms, and other disguises",
                "changes written as words",
                "instructions: stop, double, raise a medicine; go to an emergency room; ignore the clinician",
                "diagnoses and risks phrased beyond any deny-list",
                "whole sentences in German and Spanish, and the other summary language",
                "words smuggled inside quotation marks",
                "the patient at a glance: an age, a sex, an allergy or a count the record does not give",
                "qualitative results: a positive called negative, a negative called positive",
                "critical values before a normal one, bounds, and values that cannot be placed",
                "old data labelled with the wrong age",
                "medicines: an invented dose, a status the record does not give",
                "a structured dose change told backwards",
                "honest paraphrases of the new sentence kinds")) {
            assertEquals(Set.of("en", "fr"), languagesByCategory.get(category), category + " in English and French");
        }
        long honest = corpus.drafts().stream().filter(draft -> !draft.refuse()).count();
        assertTrue(honest >= 60, "honest paraphrases: " + honest);
    }

    @Test
    void theDenyListStillEarnsItsPlaceAsASecondLine() {
        DraftVerifier closedOnly = new DraftVerifier(new SafetyRules(List.of()));
        List<AdversarialCorpus.Draft> caughtByItAlone = corpus.drafts().stream()
                .filter(AdversarialCorpus.Draft::refuse)
                .filter(draft -> verdict(closedOnly, draft).accepted())
                .toList();
        assertFalse(caughtByItAlone.isEmpty(), "the closed rules catch everything: the deny-list could go");
        for (AdversarialCorpus.Draft draft : caughtByItAlone) {
            assertEquals(
                    Set.of(FindingKind.DIAGNOSIS), draft.rules(), () -> draft + " is caught by the deny-list alone");
        }
    }

    private static Verdict verdict(AdversarialCorpus.Draft draft) {
        return verdict(VERIFIER, draft);
    }

    private static Verdict verdict(DraftVerifier verifier, AdversarialCorpus.Draft draft) {
        Audience reader = draft.forClinician() ? Audience.CLINICIAN : Audience.PATIENT;
        return verifier.verify(List.of(draft.sentence(corpus)), corpus.facts(), draft.language()).verdicts().stream()
                .filter(verdict -> verdict.audience() == reader)
                .findFirst()
                .orElseThrow();
    }
}
