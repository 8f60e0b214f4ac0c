package org.visitprep.summary.wording;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the language model sees and writes them: never the date itself, but the days from the visit, "D-17" for
 * seventeen days before it, "D-0" for the visit day, "D+3" for three days after. A sentence names a date by writing
 * its token in square brackets, "[D-17]"; the engine writes the date out in the summary's language before anyone
 * reads the sentence, and only for the dates of the facts that sentence cites. A token left in a sentence names no
 * date the sentence may state, and the verifier refuses it.
 */
public final class DateTokens {

    /** A token in square brackets, as a sentence writes it; blanks and any dash tolerated inside. */
    private static final Pattern WRITTEN =
            Pattern.compile("\\[\\s*[Dd]\\s*([+\\-\u2212\u2010-\u2015])\\s*([0-9]{1,6})\\s*]");

    /** A token left in {@linkplain Normalised normalised} text. */
    private static final Pattern LEFT = Pattern.compile("\\[ ?d ?[+-] ?[0-9]{1,6} ?]");

    private DateTokens() {}

    /** The token of a date, without brackets: "D-17". */
    public static String of(LocalDate date, LocalDate visitDay) {
        long days = ChronoUnit.DAYS.between(visitDay, date);
        return days > 0 ? "D+" + days : "D-" + -days;
    }

    /**
     * The text with every bracketed token of one of {@code dates} written out as the language writes dates; other
     * tokens are left as they are.
     */
    public static String resolve(String text, Collection<LocalDate> dates, LocalDate visitDay, Locale locale) {
        Matcher token = WRITTEN.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (token.find()) {
            long days = Long.parseLong(token.group(2));
            LocalDate date = visitDay.plusDays(token.group(1).equals("+") ? days : -days);
            String replacement = dates.contains(date) ? Dates.write(date, locale) : token.group();
            token.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        token.appendTail(resolved);
        return resolved.toString();
    }

    /** Where a token is left in normalised text, as start and end pairs. */
    public static Matcher leftIn(String normalised) {
        return LEFT.matcher(normalised);
    }
}
