package org.visitprep.summary.wording;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching words in English and French alike: lower case, accents and typographic apostrophes
 * removed ("Épuisée" and "epuisee", "l’hôpital" and "l'hopital" fold to the same text).
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed)
                .replaceAll("")
                .replace('\u2019', '\'')
                .replace('\u02bc', '\'')
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .toLowerCase(Locale.ROOT);
    }
}
