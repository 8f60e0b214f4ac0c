package org.visitprep.summary.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.wording.Languages;

/**
 * The rules on the words a sentence uses of its own, once quotations, names, dates and numbers are accounted for:
 * <ul>
 *   <li>evaluations ("improved", "worse", "mild"), computed changes ("doubled", "twice"), advice ("should",
 *       "recommend", "il faut") and times no record gives ("last week", "hier") are refused wherever they stand;</li>
 *   <li>an instruction is refused: an imperative verb at the start of a clause or after "and", "then", "so"...
 *       ("Stop taking...", ", go to..."), and in French a verb in -ez that no "vous" leads ("Prenez",
 *       "N'arrêtez pas");</li>
 *   <li>{@link Judgements}: judgements and comparisons agree with the record;</li>
 *   <li>a word only a fact that states it lets a sentence say ({@link Bound}: "female", "negative", "allergy",
 *       "entered in error"...) must be said of such a fact, the one named nearest before it (else one the sentence
 *       cites); said of a fact that states another word of its family it contradicts the record;</li>
 *   <li>a label of the patient's context stands only before what it labels: "age" before the age, "sex" before the
 *       sex ("high for your age" is refused);</li>
 *   <li>"in the … range" may only name where a range comes from ("the general adult range"), never a diagnosis or a
 *       risk ("in the diabetic range");</li>
 *   <li>every other word must be one of the closed {@link Vocabulary}, and no sign but plain punctuation stands
 *       outside a name or a quotation (no emoji, no "!", no "&gt;").</li>
 * </ul>
 */
final class WordRules {

    private static final Set<String> CONNECTORS =
            Set.of("and", "then", "so", "now", "also", "just", "et", "puis", "donc", "alors", "ensuite", "maintenant");
    private static final String CLAUSE_MARKS = ".!?;:(\",-";
    private static final Set<String> NOT_IMPERATIVE_EZ = Set.of("chez", "assez", "nez", "rez");
    private static final Set<String> BETWEEN_VOUS_AND_VERB =
            Set.of("ne", "n'", "le", "la", "les", "l'", "en", "y", "lui", "leur", "nous", "me", "m'", "se", "s'");
    private static final String PLAIN_SIGNS = " .,;:()\"'-/%°×+[]?&=";
    private static final Pattern ENGLISH_RANGE_LABEL =
            Pattern.compile("\\b(?:in|into|within) (?:an? )?((?:[\\p{L}'-]+ ){1,4})range\\b");
    private static final Pattern FRENCH_RANGE_LABEL = Pattern.compile(
            "\\bdans (?:la|les|une|l') ?(?:zone|fourchette|plage|tranche|valeurs|norme) (?:de |du |des |d')?([\\p{L}'-]+)");

    /** How many words may stand between a label and what it labels. */
    private static final int LABEL_REACH = 5;

    private WordRules() {}

    static void check(CheckedText sentence) {
        List<Words.Word> words = Words.of(sentence.work());
        List<String> texts = words.stream().map(Words.Word::text).toList();
        boolean[] accounted = new boolean[words.size()];
        Judgements judgements = new Judgements(sentence, words);
        int i = 0;
        while (i < words.size()) {
            int refused = imperative(sentence, words, texts, i);
            refused = Math.max(
                    refused, refused(sentence, texts, i, Lexicon.Kind.EVALUATION, FindingKind.UNSUPPORTED_EVALUATION));
            refused = Math.max(refused, refused(sentence, texts, i, Lexicon.Kind.CHANGE, FindingKind.CHANGE_IN_WORDS));
            refused = Math.max(refused, refused(sentence, texts, i, Lexicon.Kind.ADVICE, FindingKind.ADVICE));
            refused = Math.max(
                    refused, refused(sentence, texts, i, Lexicon.Kind.RELATIVE_TIME, FindingKind.DATE_NOT_IN_FACTS));
            for (int j = i; j < i + refused; j++) {
                accounted[j] = true;
            }
            int stated = refused > 0
                    ? 0
                    : Math.max(bound(sentence, words, texts, i, judgements), label(sentence, words, texts, i));
            for (int j = i; j < i + stated; j++) {
                accounted[j] = true;
            }
            int judged = refused > 0 || stated > 0 ? 0 : judgements.at(i);
            i += Math.max(1, Math.max(Math.max(refused, stated), judged));
        }
        rangeLabels(sentence);
        for (int w = 0; w < words.size(); w++) {
            if (!accounted[w]) {
                String word = texts.get(w);
                Vocabulary.refusal(sentence, word).ifPresent(kind -> sentence.found(kind, word));
            }
            sentence.blank(words.get(w).start(), words.get(w).end());
        }
        signs(sentence);
    }

    /**
     * A word only a fact that states it lets a sentence say, at word {@code i}: checked against the facts it is said
     * of; the number of its words, or 0. A word of a cited fact's names stays the record's word; a word of the
     * vocabulary too ("other") is checked only where it is said of a fact that speaks of its family.
     */
    private static int bound(
            CheckedText sentence, List<Words.Word> words, List<String> texts, int i, Judgements judgements) {
        Optional<Lexicon.Phrase> phrase = sentence.lexicon().phraseAt(texts, i, Lexicon.Kind.BOUND);
        if (phrase.isEmpty() || isANameWord(sentence, texts.get(i))) {
            return 0;
        }
        Bound said = phrase.get().bound();
        int size = phrase.get().words().size();
        int position = words.get(i).start();
        boolean negated = judgements.negated(i);
        List<FactGrounds> about = sentence.boundAt(position);
        boolean holds = about.stream()
                .anyMatch(fact -> negated
                        ? said.negationHolds(fact.stated())
                        : fact.stated().contains(said));
        if (holds) {
            return size;
        }
        boolean family = about.stream().anyMatch(fact -> fact.speaksOf(said.family()));
        boolean everyday = phrase.get().words().stream().allMatch(sentence.lexicon()::isVocabulary);
        if (everyday && !(family && sentence.namesAFactBefore(position))) {
            return 0;
        }
        sentence.found(
                family ? FindingKind.JUDGEMENT_CONTRADICTS_RECORD : FindingKind.WORD_NOT_GROUNDED,
                (negated ? "not " : "") + phrase.get().text());
        return size;
    }

    /**
     * A label of the patient's context at word {@code i} ("age", "sexe"): the sentence cites the context that states
     * it, and the label stands before what it labels in its clause: the age (a number, which binds to the context and
     * must be its age) or a word of the sex. The number of its words (1), or 0 for any other word.
     */
    private static int label(CheckedText sentence, List<Words.Word> words, List<String> texts, int i) {
        String word = texts.get(i);
        Optional<Lexicon.Label> label = sentence.lexicon().labelOf(word);
        if (label.isEmpty() || isANameWord(sentence, word)) {
            return 0;
        }
        boolean cited = sentence.cited().stream().anyMatch(fact -> fact.labelledBy(word));
        boolean labels = label.get() == Lexicon.Label.AGE
                ? numberFollows(sentence, words.get(i).end())
                : sexFollows(sentence, words, texts, i);
        if (!cited || !labels) {
            sentence.found(FindingKind.WORD_NOT_GROUNDED, word);
        }
        return 1;
    }

    private static boolean isANameWord(CheckedText sentence, String word) {
        String stem = Stems.of(word);
        return sentence.cited().stream().anyMatch(fact -> fact.knowsWord(stem));
    }

    /**
     * "age: 64", "aged 64", « âge du patient : 64 ans »: the first number after the label, within a few words of it in
     * its clause.
     */
    private static boolean numberFollows(CheckedText sentence, int end) {
        return sentence.numbers().stream()
                .filter(number -> number.start() >= end)
                .findFirst()
                .filter(number -> {
                    String between = sentence.text().substring(end, number.start());
                    return !between.contains(".")
                            && !between.contains(";")
                            && Words.of(between).size() <= LABEL_REACH;
                })
                .isPresent();
    }

    /** "sex in your record: female": a word of the sex within a few words after the label, in its clause. */
    private static boolean sexFollows(CheckedText sentence, List<Words.Word> words, List<String> texts, int i) {
        for (int j = i + 1; j < words.size() && j <= i + LABEL_REACH; j++) {
            String between = sentence.text()
                    .substring(words.get(j - 1).end(), words.get(j).start());
            if (between.contains(".") || between.contains(";")) {
                return false;
            }
            Optional<Lexicon.Phrase> sex = sentence.lexicon().phraseAt(texts, j, Lexicon.Kind.BOUND);
            if (sex.isPresent() && sex.get().bound().family() == Bound.Family.SEX) {
                return true;
            }
        }
        return false;
    }

    /** What is left once every word is read: plain punctuation only; an emoji, "!" or "&gt;" says more. */
    private static void signs(CheckedText sentence) {
        sentence.work()
                .codePoints()
                .filter(point -> !Character.isLetterOrDigit(point) && PLAIN_SIGNS.indexOf(point) < 0)
                .forEach(point -> sentence.found(
                        point == '!' ? FindingKind.UNSUPPORTED_EVALUATION : FindingKind.WORD_NOT_GROUNDED,
                        Character.toString(point)));
    }

    /** The number of words of a refused phrase of that kind at word {@code i}, reported; 0 when there is none. */
    private static int refused(
            CheckedText sentence, List<String> texts, int i, Lexicon.Kind kind, FindingKind finding) {
        Optional<Lexicon.Phrase> phrase = sentence.lexicon().phraseAt(texts, i, kind);
        phrase.ifPresent(found -> sentence.found(finding, found.text()));
        return phrase.map(found -> found.words().size()).orElse(0);
    }

    private static int imperative(CheckedText sentence, List<Words.Word> words, List<String> texts, int i) {
        Optional<Lexicon.Phrase> verb = sentence.lexicon().phraseAt(texts, i, Lexicon.Kind.IMPERATIVE);
        if (verb.isPresent() && startsClause(sentence, words, i) && !isAQuantity(sentence, words, i, verb.get())) {
            sentence.found(FindingKind.IMPERATIVE, verb.get().text());
            return verb.get().words().size();
        }
        String word = texts.get(i);
        if (word.endsWith("ez")
                && word.length() >= 4
                && !NOT_IMPERATIVE_EZ.contains(word)
                && Languages.isFrench(sentence.locale())
                && !ledByVous(texts, i)) {
            sentence.found(FindingKind.IMPERATIVE, word);
            return 1;
        }
        return 0;
    }

    /** "Plus de sucre" is an instruction, "plus de 60 mL/min" a quantity: a phrase ending in "de" before a number. */
    private static boolean isAQuantity(CheckedText sentence, List<Words.Word> words, int i, Lexicon.Phrase phrase) {
        if (!phrase.words().getLast().equals("de")) {
            return false;
        }
        int end = words.get(i + phrase.words().size() - 1).end();
        return sentence.numbers().stream()
                .anyMatch(number -> number.start() >= end
                        && sentence.text().substring(end, number.start()).isBlank());
    }

    /**
     * Whether word {@code i} begins a clause: first, after a stop, a comma, a colon, a dash, a bracket or a quote, or
     * after a connector ("and", "so", "puis").
     */
    private static boolean startsClause(CheckedText sentence, List<Words.Word> words, int i) {
        int from = i == 0 ? 0 : words.get(i - 1).end();
        String between = sentence.text().substring(from, words.get(i).start());
        if (i == 0) {
            return true;
        }
        for (char mark : CLAUSE_MARKS.toCharArray()) {
            if (between.indexOf(mark) >= 0) {
                return true;
            }
        }
        return between.isBlank() && CONNECTORS.contains(words.get(i - 1).text());
    }

    private static boolean ledByVous(List<String> texts, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            if (texts.get(j).equals("vous")) {
                return true;
            }
            if (!BETWEEN_VOUS_AND_VERB.contains(texts.get(j))) {
                return false;
            }
        }
        return false;
    }

    /** "in the diabetic range", "dans la zone du diabète": a range may only be named by where it comes from. */
    private static void rangeLabels(CheckedText sentence) {
        Matcher label = (Languages.isFrench(sentence.locale()) ? FRENCH_RANGE_LABEL : ENGLISH_RANGE_LABEL)
                .matcher(sentence.unquoted());
        while (label.find()) {
            List<String> named = new ArrayList<>(Words.texts(label.group(1)));
            if (!named.stream().allMatch(sentence.lexicon()::isRangeBasis)) {
                sentence.found(FindingKind.DIAGNOSIS, label.group().strip());
            }
        }
    }
}
