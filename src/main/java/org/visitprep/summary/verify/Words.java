package org.visitprep.summary.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a normalised text, with where each stands. A word starts with a letter and may hold digits ("hba1c"),
 * apostrophes and hyphens between its letters ("l'hopital", "patient's", "au-dessus", "rendez-vous"), so that the
 * lexicon can know a compound whole before it is taken apart. A French elision keeps its apostrophe ("l'", "qu'");
 * an English plural possessive does not ("patients'").
 */
final class Words {

    /** One word and where it stands in the text. */
    record Word(String text, int start, int end) {}

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['-]\\p{L}[\\p{L}\\p{N}]*)*'?");

    private Words() {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = trimmed(matcher.group());
            words.add(new Word(word, matcher.start(), matcher.start() + word.length()));
        }
        return words;
    }

    /** The word that starts exactly at {@code start}, if one does. */
    static java.util.Optional<Word> at(String text, int start) {
        Matcher matcher = WORD.matcher(text).region(start, text.length());
        if (!matcher.lookingAt()) {
            return java.util.Optional.empty();
        }
        String word = trimmed(matcher.group());
        return java.util.Optional.of(new Word(word, start, start + word.length()));
    }

    private static String trimmed(String word) {
        return word.endsWith("'") && word.length() > 2 && !word.endsWith("qu'")
                ? word.substring(0, word.length() - 1)
                : word;
    }

    /** The words of a phrase of the lexicon, as {@link #of} would read them in a text. */
    static List<String> texts(String phrase) {
        return of(phrase).stream().map(Word::text).toList();
    }
}
