package org.visitprep.summary.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.Finding;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.draft.Verdict;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.wording.Languages;

/**
 * Checks any draft (the grounded engine's, a language model's, or one the patient edited) against the facts snapshot
 * it claims to rest on. It is closed: it accepts only what it can ground, and names the rule and the words of every
 * refusal. Each sentence's words, for each reader, are {@linkplain org.visitprep.summary.wording.Normalised normalised}
 * first, then:
 * <ol>
 *   <li>it cites at least one fact or entry, and only facts of this snapshot and entries they rest on (so nothing of
 *       another patient's record can be cited);</li>
 *   <li>{@link Quotations}: an exact, whole quotation of a text a cited fact carries is hidden from every later rule;
 *       any other quotation is refused; a date token left unwritten is refused;</li>
 *   <li>{@link Mentions}: where the sentence names each cited fact, to bind what stands beside it;</li>
 *   <li>{@link NumbersAndDates}: every date and number belongs to the fact named beside it, with its unit;</li>
 *   <li>{@link WordRules}: judgements agree with the record; a word only a fact that states it lets a sentence say
 *       ({@link Bound}: "female", "negative", "allergy"...) is said of such a fact, the labels "age" and "sex" stand
 *       before what they label; no evaluation, computed change, instruction or advice; every other word is of the
 *       closed vocabulary ({@link Lexicon}, per language, and the cited facts' words), and meant for this reader;</li>
 *   <li>the {@link SafetyRules}, a second line against diagnoses phrased with words the record gives ("the patient
 *       has diabetes", citing the condition).</li>
 * </ol>
 * A sentence the patient added in their own words claims nothing and is not checked; one the patient edited is
 * checked as the patient's words, which may speak as "I".
 */
public final class DraftVerifier {

    private final SafetyRules rules;

    public DraftVerifier(SafetyRules rules) {
        this.rules = rules;
    }

    public static DraftVerifier standard() {
        return new DraftVerifier(SafetyRules.standard());
    }

    /**
     * The verdicts on every sentence that claims to rest on the record, for each reader's words: the patient's and the
     * clinician's, even when they are the same words ("Your HbA1c" is no sentence for the clinician); once for a
     * sentence the patient edited, whose words are theirs for both readers.
     */
    public VerificationReport verify(List<SummarySentence> sentences, FactsSnapshot snapshot, Locale locale) {
        CitedFacts facts = new CitedFacts(snapshot, Languages.summaryLocale(locale));
        List<Verdict> verdicts = new ArrayList<>();
        for (SummarySentence sentence : sentences) {
            if (sentence.isAddedByPatient()) {
                continue;
            }
            List<Finding> forPatient = check(sentence, sentence.patientText(), Audience.PATIENT, facts);
            verdicts.add(new Verdict(sentence.number(), Audience.PATIENT, sentence.patientText(), forPatient));
            if (!sentence.isEditedByPatient()) {
                String text = sentence.clinicianText();
                boolean sameVerdict = text.equals(sentence.patientText()) && !speaksToAReader(text, facts);
                List<Finding> forClinician =
                        sameVerdict ? forPatient : check(sentence, text, Audience.CLINICIAN, facts);
                verdicts.add(new Verdict(sentence.number(), Audience.CLINICIAN, text, forClinician));
            }
        }
        return new VerificationReport(verdicts);
    }

    /** Whether any word, or part of a word, of the text belongs to one reader: else both readers' verdicts agree. */
    private static boolean speaksToAReader(String text, CitedFacts facts) {
        Lexicon lexicon = Lexicon.of(facts.locale());
        for (Words.Word word : Words.of(facts.normalised(text))) {
            List<String> parts = new ArrayList<>(List.of(word.text().split("['-]")));
            parts.add(word.text());
            for (int at = word.text().indexOf('\''); at >= 0; at = word.text().indexOf('\'', at + 1)) {
                parts.add(word.text().substring(0, at + 1));
                parts.add(word.text().substring(at));
            }
            if (parts.stream().anyMatch(part -> lexicon.readerOf(part).isPresent() || lexicon.isFirstPerson(part))) {
                return true;
            }
        }
        return false;
    }

    private List<Finding> check(SummarySentence sentence, String text, Audience audience, CitedFacts facts) {
        if (text.isBlank()) {
            return List.of(new Finding(FindingKind.EMPTY_SENTENCE, null));
        }
        List<Finding> findings = new ArrayList<>();
        Set<Fact> cited = citations(sentence, facts, findings);
        List<FactGrounds> grounds = cited.stream().map(facts::grounds).toList();
        CheckedText checked = new CheckedText(
                facts.normalised(text),
                facts.locale(),
                audience,
                sentence.isEditedByPatient(),
                grounds,
                facts.visitDay());
        Quotations.check(checked);
        checked.quotationsHidden();
        Mentions.find(checked);
        NumbersAndDates.check(checked);
        WordRules.check(checked);
        findings.addAll(checked.findings());
        String language = facts.locale().getLanguage();
        findings.addAll(facts.secondLine(checked.unquoted(), unquoted -> secondLine(unquoted, language)));
        return findings;
    }

    private static Set<Fact> citations(SummarySentence sentence, CitedFacts facts, List<Finding> findings) {
        if (!sentence.citesSomething()) {
            findings.add(new Finding(FindingKind.NO_CITATION, null));
        }
        Set<Fact> cited = new LinkedHashSet<>();
        for (String id : sentence.factIds()) {
            Fact fact = facts.fact(id);
            if (fact == null) {
                findings.add(new Finding(FindingKind.UNKNOWN_FACT, id));
            } else {
                cited.add(fact);
            }
        }
        for (UUID entry : sentence.entryIds()) {
            if (facts.holdsEntry(entry)) {
                cited.addAll(facts.restingOn(entry));
            } else {
                findings.add(new Finding(FindingKind.UNKNOWN_ENTRY, entry.toString()));
            }
        }
        return cited;
    }

    /**
     * The deny-list of diagnoses and directives of the summary's language (words of another language are refused by
     * the closed vocabulary already), on the sentence without its exact quotations: a finding a rule.
     */
    private List<Finding> secondLine(String unquoted, String language) {
        List<Finding> broken = new ArrayList<>();
        for (SafetyRule rule : rules.rules()) {
            if (!rule.language().equals(language)) {
                continue;
            }
            Matcher match = rule.pattern().matcher(unquoted);
            if (match.find()) {
                broken.add(new Finding(rule.kind(), match.group().strip()));
            }
        }
        return broken;
    }
}
