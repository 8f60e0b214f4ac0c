package org.visitprep.summary.llm;

import java.util.regex.Pattern;

/**
 * Removes what could identify a person from free text before it leaves for the model: e-mail and web addresses,
 * phone numbers and other long digit runs (a social security or record number), and dates written as digits with
 * slashes or dots (a birth date, typically). The facts themselves carry no name, identifier, address or birth date;
 * this is for the text a patient typed, and for the names the record gives that are passed on as written. It cannot
 * recognise a person's name in free text: the agenda form says not to type one.
 */
final class Deidentifier {

    static final String REMOVED = "[removed]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern WEB = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\p{L}0-9])\\+?[0-9][0-9 ().-]{7,}[0-9](?![0-9])");
    private static final Pattern SLASHED_DATE =
            Pattern.compile("(?<![0-9])[0-9]{1,2}[/.][0-9]{1,2}[/.](?:19|20)?[0-9]{2}(?![0-9])");

    private Deidentifier() {}

    static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = EMAIL.matcher(text).replaceAll(REMOVED);
        scrubbed = WEB.matcher(scrubbed).replaceAll(REMOVED);
        scrubbed = SLASHED_DATE.matcher(scrubbed).replaceAll(REMOVED);
        return LONG_NUMBER.matcher(scrubbed).replaceAll(REMOVED);
    }
}
