package org.visitprep.summary.verify;

import java.util.List;

/**
 * A light stem of a folded word, so that a sentence may name a fact in another grammatical form than the record does
 * ("metformine" for "Metformin", "infections" for "infection", "measured" for "measure"): the possessive and one
 * common English or French ending are taken off, leaving at least four letters. Used only to match the words of a
 * cited fact's names, never the lexicon, which lists each form it allows.
 */
final class Stems {

    private static final List<String> ENDINGS = List.of("ing", "ees", "ed", "es", "ee", "e", "s");
    private static final int SHORTEST_STEM = 4;

    private Stems() {}

    static String of(String word) {
        String stem = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        for (String ending : ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= SHORTEST_STEM) {
                return stem.substring(0, stem.length() - ending.length());
            }
        }
        return stem;
    }
}
