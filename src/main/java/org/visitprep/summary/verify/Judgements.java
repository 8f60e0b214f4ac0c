package org.visitprep.summary.verify;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.facts.Judgement;
import org.visitprep.summary.wording.Numbers;

/**
 * The judgements of one sentence, read left to right: each judgement ("above", "normal", "rose", "stable", "critical"),
 * negated or not, must agree with the judgements the record supports for every fact the sentence names since the
 * start of its clause or its previous judgement ("your HbA1c and TSH are normal" judges both), else the fact named
 * nearest before it. A comparison with a number ("below 5.7 %") describes the range, when a range word leads it and
 * the number is that limit of the fact's range, or else says where the value stands, which the latest value must bear
 * out (or the previous one, when the sentence speaks of it). "The lower limit" names a limit of the range, not where
 * the value stands.
 */
final class Judgements {

    /** "the lower limit", "la limite supérieure": the words name a limit of the range, not where the value stands. */
    private static final Set<String> LIMITS = Set.of("limit", "limits", "bound", "end", "limite", "limites", "borne");

    private static final String CLAUSE_MARKS = ".;:?!";

    /** Words that let a comparison speak of the value before the latest one. */
    private static final Set<String> EARLIER = Set.of(
            "previous",
            "previously",
            "before",
            "earlier",
            "prior",
            "precedent",
            "precedente",
            "precedemment",
            "auparavant",
            "avant");

    private static final int RANGE_WORD_REACH = 10;
    private static final int NEGATION_REACH = 3;

    private final CheckedText sentence;
    private final List<Words.Word> words;
    private final List<String> texts;
    private int previousEnd;

    Judgements(CheckedText sentence, List<Words.Word> words) {
        this.sentence = sentence;
        this.words = words;
        this.texts = words.stream().map(Words.Word::text).toList();
    }

    /** A comparison with a number, or a judgement, at word {@code i}: checked; the number of its words, or 0. */
    int at(int i) {
        Lexicon lexicon = sentence.lexicon();
        Optional<Lexicon.Phrase> comparison = lexicon.phraseAt(texts, i, Lexicon.Kind.COMPARISON);
        if (comparison.isPresent()) {
            int end = words.get(i + comparison.get().words().size() - 1).end();
            Optional<CheckedText.NumberRead> number = numberRightAfter(end);
            if (number.isPresent() && !number.get().duration()) {
                compare(i, comparison.get(), number.get());
                previousEnd = number.get().end();
                return comparison.get().words().size();
            }
        }
        Optional<Lexicon.Phrase> judgement = lexicon.phraseAt(texts, i, Lexicon.Kind.JUDGEMENT);
        Optional<Lexicon.Phrase> report = lexicon.phraseAt(texts, i, Lexicon.Kind.REPORT);
        if (report.isPresent()
                && report.get().words().size()
                        > judgement.map(found -> found.words().size()).orElse(0)) {
            return report.get().words().size();
        }
        if (judgement.isEmpty()) {
            return 0;
        }
        int size = judgement.get().words().size();
        boolean namesALimit = (i + size < texts.size() && LIMITS.contains(texts.get(i + size)))
                || (i > 0 && LIMITS.contains(texts.get(i - 1)));
        if (!namesALimit) {
            judge(i, judgement.get());
        }
        previousEnd = words.get(i + size - 1).end();
        return size;
    }

    private void judge(int i, Lexicon.Phrase judgement) {
        boolean negated = negated(i);
        int position = words.get(i).start();
        int from = anchor(position);
        int to = clauseEnd(position);
        for (List<FactGrounds> named : sentence.judgedAt(from, position)) {
            if (named.stream()
                    .noneMatch(fact -> agrees(supported(fact, from, position, to), judgement.judgements(), negated))) {
                sentence.found(FindingKind.JUDGEMENT_CONTRADICTS_RECORD, (negated ? "not " : "") + judgement.text());
                return;
            }
        }
    }

    /** What the record supports of the reading the clause speaks of (see {@link FactGrounds#judgementsSpokenOf}). */
    private Set<Judgement> supported(FactGrounds fact, int from, int position, int to) {
        return fact.judgementsSpokenOf(sentence.numbers(), sentence.dates(), from, position, to);
    }

    /** Where the judgement's clause ends: at the next stop, colon or semicolon, or with the sentence. */
    private int clauseEnd(int position) {
        String work = sentence.work();
        for (int at = position; at < work.length(); at++) {
            if (CLAUSE_MARKS.indexOf(work.charAt(at)) >= 0) {
                return at;
            }
        }
        return work.length();
    }

    /** Where the judgement's reach begins: its clause's start, or the end of the judgement before it. */
    private int anchor(int position) {
        String work = sentence.work();
        int anchor = previousEnd;
        for (int at = position - 1; at >= anchor; at--) {
            if (CLAUSE_MARKS.indexOf(work.charAt(at)) >= 0) {
                return at + 1;
            }
        }
        return anchor;
    }

    private static boolean agrees(Set<Judgement> supported, Set<Judgement> said, boolean negated) {
        if (!negated) {
            return said.stream().anyMatch(supported::contains);
        }
        if (said.contains(Judgement.CRITICAL)) {
            return !supported.isEmpty() && !supported.contains(Judgement.CRITICAL);
        }
        return opposite(said).stream().anyMatch(supported::contains);
    }

    private Optional<CheckedText.NumberRead> numberRightAfter(int end) {
        return sentence.numbers().stream()
                .filter(number -> number.start() >= end
                        && sentence.text().substring(end, number.start()).isBlank())
                .findFirst();
    }

    /**
     * "below 5.7 %" after a range word and equal to that limit of a bound fact's range describes the range; otherwise
     * it says where the value stands, and the latest value of a bound fact (or the previous one, when the sentence
     * speaks of it) must bear it out ("not above 5.7 %": must not).
     */
    private void compare(int i, Lexicon.Phrase comparison, CheckedText.NumberRead number) {
        List<FactGrounds> bound = sentence.boundAt(words.get(i).start());
        boolean negated = negated(i);
        boolean afterRangeWord = false;
        for (int j = Math.max(0, i - RANGE_WORD_REACH); j < i; j++) {
            afterRangeWord |= sentence.lexicon().isRangeWord(texts.get(j));
        }
        boolean ofTheValueBefore = texts.stream().anyMatch(EARLIER::contains);
        for (FactGrounds fact : bound) {
            if (afterRangeWord
                    && !negated
                    && fact.limits(comparison.above()).stream()
                            .anyMatch(limit -> Numbers.writtenAs(number.value(), limit.value(), 0))) {
                return;
            }
            for (FactGrounds.Stated value : ofTheValueBefore ? fact.values() : fact.latestValues()) {
                boolean comparable = number.unit().isEmpty() || number.unit().equals(value.unit());
                if (comparable && certain(value, comparison, negated, number.value())) {
                    return;
                }
            }
        }
        String written = sentence.text().substring(words.get(i).start(), number.end());
        sentence.found(FindingKind.JUDGEMENT_CONTRADICTS_RECORD, (negated ? "not " : "") + written);
    }

    /**
     * Whether the record makes the comparison certain: every value the reading allows lies on the side it says. A
     * reading with a comparator ("&gt;600") allows every value beyond its number, so "more than 600" and "above 500"
     * hold of it, "above 700" and "below 800" do not; "not above X" says "at most X".
     */
    private static boolean certain(
            FactGrounds.Stated value, Lexicon.Phrase comparison, boolean negated, BigDecimal limit) {
        boolean above = comparison.above() != negated;
        boolean inclusive = comparison.inclusive() != negated;
        String comparator = value.comparator() == null ? "=" : value.comparator();
        boolean unboundedThatWay = above ? comparator.startsWith("<") : comparator.startsWith(">");
        if (unboundedThatWay) {
            return false;
        }
        boolean openAtItsNumber = comparator.equals("<") || comparator.equals(">");
        int compared = value.value().compareTo(limit);
        if (above) {
            return compared > 0 || (compared == 0 && (inclusive || openAtItsNumber));
        }
        return compared < 0 || (compared == 0 && (inclusive || openAtItsNumber));
    }

    /** Whether a negation ("not", "pas", "n't") stands within three words before word {@code i}. */
    boolean negated(int i) {
        for (int j = Math.max(0, i - NEGATION_REACH); j < i; j++) {
            if (texts.get(j).endsWith("n't")
                    || sentence.lexicon()
                            .phraseAt(texts, j, Lexicon.Kind.NEGATION)
                            .isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** What makes "not …" true: a range judgement's other sides, a direction's other directions. */
    private static Set<Judgement> opposite(Set<Judgement> judgements) {
        Set<Judgement> opposite = EnumSet.noneOf(Judgement.class);
        for (Judgement judgement : judgements) {
            opposite.addAll(
                    switch (judgement) {
                        case WITHIN_RANGE ->
                            EnumSet.of(Judgement.ABOVE_RANGE, Judgement.BELOW_RANGE, Judgement.ABNORMAL);
                        case ABOVE_RANGE -> EnumSet.of(Judgement.WITHIN_RANGE, Judgement.BELOW_RANGE);
                        case BELOW_RANGE -> EnumSet.of(Judgement.WITHIN_RANGE, Judgement.ABOVE_RANGE);
                        case ABNORMAL, CRITICAL -> EnumSet.of(Judgement.WITHIN_RANGE);
                        case INCREASED -> EnumSet.of(Judgement.DECREASED, Judgement.UNCHANGED);
                        case DECREASED -> EnumSet.of(Judgement.INCREASED, Judgement.UNCHANGED);
                        case UNCHANGED -> EnumSet.of(Judgement.INCREASED, Judgement.DECREASED);
                    });
        }
        return opposite;
    }
}
