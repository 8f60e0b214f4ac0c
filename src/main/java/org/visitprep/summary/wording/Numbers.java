package org.visitprep.summary.wording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes and reads numbers as the summary shows them: "6,214.5" in English, "6 214,5" in French (narrow no-break
 * space), half-up rounding to a scale chosen for reading, never a scientific notation.
 */
public final class Numbers {

    /** A number found in a text, with where it is. */
    public record Found(BigDecimal value, int start, int end) {}

    private static final Pattern ENGLISH = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<sign>(?<![0-9])[-\u2212])?"
            + "(?<digits>[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)(?![0-9])");
    private static final Pattern FRENCH = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<sign>(?<![0-9])[-\u2212])?"
            + "(?<digits>[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[,.][0-9]+)?)(?![0-9])");

    private Numbers() {}

    /**
     * The number of decimals to show a measured value with: none from 100, one from 10, two from 0.1, two
     * significant digits below; never more than the value itself has.
     */
    public static int displayScale(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int own = Math.max(0, plain.scale());
        BigDecimal size = value.abs();
        int wanted;
        if (size.compareTo(BigDecimal.valueOf(100)) >= 0) {
            wanted = 0;
        } else if (size.compareTo(BigDecimal.TEN) >= 0) {
            wanted = 1;
        } else if (size.compareTo(new BigDecimal("0.1")) >= 0 || size.signum() == 0) {
            wanted = 2;
        } else {
            wanted = Math.min(6, 1 - (plain.precision() - plain.scale()) + 1);
        }
        return Math.min(own, wanted);
    }

    public static BigDecimal rounded(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    public static String write(BigDecimal value, int scale, Locale locale) {
        DecimalFormat format = new DecimalFormat(
                "#,##0", DecimalFormatSymbols.getInstance(Languages.isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH));
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value).replace('\u2212', '-');
    }

    /** Every number in the text, read as the locale writes numbers; French text may also use a decimal point. */
    public static List<Found> read(String text, Locale locale) {
        boolean french = Languages.isFrench(locale);
        Matcher matcher = (french ? FRENCH : ENGLISH).matcher(text);
        List<Found> found = new ArrayList<>();
        while (matcher.find()) {
            String digits = matcher.group("digits");
            String plain =
                    french ? digits.replaceAll("[ \u00a0\u202f]", "").replace(',', '.') : digits.replace(",", "");
            BigDecimal value = new BigDecimal(plain);
            found.add(
                    new Found(matcher.group("sign") != null ? value.negate() : value, matcher.start(), matcher.end()));
        }
        return found;
    }

    /**
     * Whether a number as written matches a value: equal, or the value rounded to the written number's decimals,
     * provided the writer kept at least {@code minimumScale} decimals (rounding 6.87 to "7" is not the value 6.87).
     */
    public static boolean writtenAs(BigDecimal written, BigDecimal value, int minimumScale) {
        if (written.compareTo(value) == 0) {
            return true;
        }
        int writtenScale = Math.max(0, written.scale());
        int needed =
                Math.min(minimumScale, Math.max(0, value.stripTrailingZeros().scale()));
        return writtenScale >= needed && rounded(value, writtenScale).compareTo(written) == 0;
    }
}
