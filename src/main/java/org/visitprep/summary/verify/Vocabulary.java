package org.visitprep.summary.verify;

import java.util.Optional;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.FindingKind;

/**
 * The closed vocabulary: a word of a sentence is the lexicon's, the reader's own ("you" for the patient, "the
 * patient" for the clinician, "I" in the patient's own edit), or a word of a cited fact's names, range source or
 * units (in another grammatical form too, see {@link Stems}). A compound is known when it is known whole or each of its
 * parts is ("au-dessus", "l'hopital", "patient's", "isn't").
 */
final class Vocabulary {

    private static final String NOT = "n't";

    private Vocabulary() {}

    static boolean allows(CheckedText sentence, String word) {
        return refusal(sentence, word).isEmpty();
    }

    /** Why the word may not stand in the sentence, or nothing when it may. */
    static Optional<FindingKind> refusal(CheckedText sentence, String word) {
        if (known(sentence, word)) {
            return Optional.empty();
        }
        Optional<Audience> reader = sentence.lexicon().readerOf(word);
        boolean speaksAsI = sentence.lexicon().isFirstPerson(word);
        return Optional.of(
                reader.isPresent() || speaksAsI ? FindingKind.WRONG_AUDIENCE : FindingKind.WORD_NOT_GROUNDED);
    }

    private static boolean known(CheckedText sentence, String word) {
        if (knownWhole(sentence, word)) {
            return true;
        }
        if (word.indexOf('-') > 0) {
            for (String part : word.split("-")) {
                if (!part.isEmpty() && !known(sentence, part)) {
                    return false;
                }
            }
            return true;
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0) {
            return false;
        }
        String before = word.substring(0, apostrophe);
        String after = word.substring(apostrophe + 1);
        if (word.endsWith(NOT) && word.length() > NOT.length()) {
            return known(sentence, word.substring(0, word.length() - NOT.length()));
        }
        boolean elided = knownWhole(sentence, before + "'") && (after.isEmpty() || known(sentence, after));
        boolean clitic = !before.isEmpty() && known(sentence, before) && knownWhole(sentence, "'" + after);
        return elided || clitic;
    }

    private static boolean knownWhole(CheckedText sentence, String word) {
        Lexicon lexicon = sentence.lexicon();
        if (lexicon.isVocabulary(word)) {
            return true;
        }
        Optional<Audience> reader = lexicon.readerOf(word);
        if (reader.isPresent()) {
            return reader.get() == sentence.audience() || sentence.isPatientsOwnWords();
        }
        if (lexicon.isFirstPerson(word)) {
            return sentence.isPatientsOwnWords();
        }
        String stem = Stems.of(word);
        return sentence.cited().stream().anyMatch(fact -> fact.knowsWord(stem));
    }
}
