package org.visitprep.summary.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.Finding;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.draft.Verdict;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactNumber;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Folding;
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/**
 * Checks a draft (a language model's, or one the patient edited) against the facts snapshot it claims to rest on.
 * A sentence is accepted when:
 * <ul>
 *   <li>it cites at least one fact or entry, and every cited id is a fact of this snapshot or an entry one of its
 *       facts rests on (so nothing of another patient's record can be cited);</li>
 *   <li>every number in it matches a number of a cited fact, written in the draft's language ("6.9" or "6,9",
 *       thousands grouped or not), rounded no further than the fact allows, and with the fact's unit when a unit
 *       follows it;</li>
 *   <li>every date (or year) in it is a date of a cited fact;</li>
 *   <li>it breaks none of the {@link SafetyRules} against diagnoses and treatment directives.</li>
 * </ul>
 * Text quoted from a cited fact's verbatim text (the patient's agenda words, a dosage as written) is the patient's or
 * the record's, not the draft's: it is left out of every check. Names from the record are left out of the number and
 * date checks only, so a diagnosis cannot hide behind a condition's name.
 */
public final class DraftVerifier {

    private static final Pattern QUOTED =
            Pattern.compile("\u201c([^\u201d]*)\u201d|\u00ab([^\u00bb]*)\u00bb|\"([^\"]*)\"");
    private static final int SHORTEST_MASKED_TEXT = 3;

    private final SafetyRules rules;

    public DraftVerifier(SafetyRules rules) {
        this.rules = rules;
    }

    public static DraftVerifier standard() {
        return new DraftVerifier(SafetyRules.standard());
    }

    /**
     * The verdicts on every sentence that claims to rest on the record, for each audience's words (once when both
     * read the same words). A sentence the patient added in their own words claims nothing and is not checked.
     */
    public VerificationReport verify(List<SummarySentence> sentences, FactsSnapshot snapshot, Locale locale) {
        CitedFacts facts = new CitedFacts(snapshot);
        List<Verdict> verdicts = new ArrayList<>();
        for (SummarySentence sentence : sentences) {
            if (sentence.isAddedByPatient()) {
                continue;
            }
            verdicts.add(new Verdict(
                    sentence.number(),
                    Audience.PATIENT,
                    sentence.patientText(),
                    check(sentence, sentence.patientText(), facts, locale)));
            if (!sentence.clinicianText().equals(sentence.patientText())) {
                verdicts.add(new Verdict(
                        sentence.number(),
                        Audience.CLINICIAN,
                        sentence.clinicianText(),
                        check(sentence, sentence.clinicianText(), facts, locale)));
            }
        }
        return new VerificationReport(verdicts);
    }

    private List<Finding> check(SummarySentence sentence, String text, CitedFacts facts, Locale locale) {
        List<Finding> findings = new ArrayList<>();
        if (text.isBlank()) {
            return List.of(new Finding(FindingKind.EMPTY_SENTENCE, null));
        }
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
        CitedFacts.Statements stated = CitedFacts.Statements.of(cited);
        String unquoted = withoutQuotes(Folding.fold(text), stated.verbatim());
        checkRules(unquoted, findings);
        String plain = withoutVerbatim(unquoted, stated.verbatim());
        plain = checkDates(plain, stated, findings);
        checkNumbers(plain, stated, locale, findings);
        return findings;
    }

    private void checkRules(String text, List<Finding> findings) {
        Set<FindingKind> found = new LinkedHashSet<>();
        for (SafetyRule rule : rules.rules()) {
            if (!found.contains(rule.kind()) && rule.isBrokenBy(text)) {
                found.add(rule.kind());
                findings.add(new Finding(rule.kind(), rule.id()));
            }
        }
    }

    /** The text of every date found, blanked out, so its digits are not read again as numbers. */
    private static String checkDates(String text, CitedFacts.Statements stated, List<Finding> findings) {
        char[] masked = text.toCharArray();
        for (Dates.Found date : Dates.read(text)) {
            if (stated.dates().stream().noneMatch(date::names)) {
                findings.add(new Finding(FindingKind.DATE_NOT_IN_FACTS, text.substring(date.start(), date.end())));
            }
            Arrays.fill(masked, date.start(), date.end(), ' ');
        }
        return new String(masked);
    }

    private static void checkNumbers(String text, CitedFacts.Statements stated, Locale locale, List<Finding> findings) {
        int consumed = 0;
        for (Numbers.Found number : Numbers.read(text, locale)) {
            if (number.start() < consumed) {
                continue;
            }
            Optional<Units.Found> unit = Units.at(text, number.end());
            consumed = unit.map(Units.Found::end).orElse(number.end());
            String written = text.substring(number.start(), consumed).strip();
            if (unit.isEmpty()
                    && isYear(number.value())
                    && stated.dates().stream()
                            .anyMatch(date -> date.getYear() == number.value().intValue())) {
                continue;
            }
            List<FactNumber> sameValue = stated.numbers().stream()
                    .filter(fact -> Numbers.writtenAs(number.value(), fact.value(), fact.scale()))
                    .toList();
            if (sameValue.isEmpty()) {
                findings.add(new Finding(
                        isYear(number.value()) && unit.isEmpty()
                                ? FindingKind.DATE_NOT_IN_FACTS
                                : FindingKind.NUMBER_NOT_IN_FACTS,
                        written));
            } else if (unit.isPresent()
                    && sameValue.stream()
                            .noneMatch(fact -> fact.unit() == null
                                    || fact.unit().equals(unit.get().canonical()))) {
                findings.add(new Finding(FindingKind.UNIT_MISMATCH, written));
            }
        }
    }

    private static boolean isYear(BigDecimal value) {
        return value.scale() <= 0
                && value.signum() > 0
                && value.compareTo(BigDecimal.valueOf(1800)) >= 0
                && value.compareTo(BigDecimal.valueOf(2199)) <= 0;
    }

    /** Blanks what the sentence quotes from a cited fact's verbatim text: those are not the draft's words. */
    private static String withoutQuotes(String folded, List<String> verbatim) {
        char[] masked = folded.toCharArray();
        Matcher quote = QUOTED.matcher(folded);
        while (quote.find()) {
            int group = quote.group(1) != null ? 1 : quote.group(2) != null ? 2 : 3;
            String inner = quote.group(group).replaceAll("\\s+", " ").strip();
            if (!inner.isEmpty() && verbatim.stream().anyMatch(text -> text.contains(inner))) {
                Arrays.fill(masked, quote.start(group), quote.end(group), ' ');
            }
        }
        return new String(masked);
    }

    /** Blanks every occurrence of a cited fact's verbatim text (names, labels), for the number and date checks. */
    private static String withoutVerbatim(String folded, List<String> verbatim) {
        char[] masked = folded.toCharArray();
        String spaced = folded.replaceAll("\\s", " ");
        for (String text : verbatim) {
            if (text.length() < SHORTEST_MASKED_TEXT) {
                continue;
            }
            for (int at = spaced.indexOf(text); at >= 0; at = spaced.indexOf(text, at + 1)) {
                Arrays.fill(masked, at, at + text.length(), ' ');
            }
        }
        return new String(masked);
    }
}
