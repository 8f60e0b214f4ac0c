package org.visitprep.summary.wording;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text brought to one form before any rule reads it, so that no spelling slips past a check that its plain form would
 * fail: invisible format characters removed (zero-width spaces, soft hyphens, direction marks), Unicode NFKC (full-width
 * and other compatibility forms become plain letters and digits: "６.９" is "6.9", "m²" is "m2"), digits of every
 * script as ASCII digits, one double quote for every quotation mark ("“”„«»‹›″"), one apostrophe ("’‘ʼ`´′"), one
 * hyphen for every dash and minus, one space for every run of blanks, {@linkplain Folding folded} (lower case, no
 * accents), and numbers written as words read as digits in the text's language ("six point nine" is "6.9").
 */
public final class Normalised {

    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");
    private static final Pattern BLANKS = Pattern.compile("[\\p{Z}\\s]+");
    private static final String QUOTES =
            "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2033\u2036\u301d\u301e\u301f\u275d\u275e\u2e42";
    private static final String APOSTROPHES =
            "'\u2018\u2019\u201a\u201b\u2032\u2035\u02b9\u02bb\u02bc\u02bd\u02c8`\u00b4";
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\u2e3a\u2e3b";
    private static final String SLASHES = "\u2044\u2215";

    private Normalised() {}

    /** The text in its one form, with numbers written as words read in the language of {@code locale}. */
    public static String of(String text, Locale locale) {
        return NumberWords.asDigits(characters(text), locale);
    }

    /** The text in its one form, numbers written as words left as they are (for unit symbols and names). */
    public static String characters(String text) {
        String visible = FORMAT_CHARACTERS.matcher(text).replaceAll("");
        String compatible = Normalizer.normalize(visible, Normalizer.Form.NFKC);
        StringBuilder unified = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(point -> unified.append(unified(point)));
        String folded = Folding.fold(unified.toString());
        return BLANKS.matcher(folded).replaceAll(" ").strip();
    }

    private static String unified(int point) {
        if (Character.isDigit(point) && (point < '0' || point > '9')) {
            return String.valueOf(Character.digit(point, 10));
        }
        if (point <= 0xffff) {
            char c = (char) point;
            if (QUOTES.indexOf(c) >= 0) {
                return "\"";
            }
            if (APOSTROPHES.indexOf(c) >= 0) {
                return "'";
            }
            if (DASHES.indexOf(c) >= 0) {
                return "-";
            }
            if (SLASHES.indexOf(c) >= 0) {
                return "/";
            }
        }
        return Character.toString(point);
    }
}
