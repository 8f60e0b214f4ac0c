package org.visitprep.summary.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Folding;

/**
 * Removes what could identify a person from free text before it leaves for the language model, each by a placeholder
 * saying what stood there ("[name]", "[address]", "[phone]", "[email]", "[identifier]", "[number]", "[date]",
 * "[web address]", "[age]"):
 * <ol>
 *   <li>every detail the record's Patient resources and the account give ({@link PersonalDetails}), whole words, in
 *       any case and with or without accents;</li>
 *   <li>what no resource lists: e-mail and web addresses; a name after a title ("Dr Martin", "Mme Dupont"); street
 *       addresses and postal codes in English and French; identifiers after their label (MRN, SSN, NIR, insurance,
 *       policy, member, record or dossier numbers) and codes mixing letters with five digits or more; phone numbers
 *       and other long runs of digits; exact dates in any form the summary reads (day month year, month day year, ISO,
 *       numeric, day and month), and ages of 90 and more.</li>
 * </ol>
 * Health words are left alone: the model needs the patient's own words about their health.
 */
final class Deidentifier {

    static final String NAME = "[name]";
    static final String ADDRESS = "[address]";
    static final String CONTACT = "[phone]";
    static final String NUMBER = "[number]";
    static final String EMAIL = "[email]";
    static final String IDENTIFIER = "[identifier]";
    static final String DATE = "[date]";
    static final String WEB = "[web address]";
    static final String AGE = "[age]";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\p{L}0-9-]+\\.(?:com|org|net|fr|gov|edu)\\b\\S*");
    private static final Pattern TITLED_NAME = Pattern.compile(
            "\\b(?:Dr|Doctor|Docteur|Pr|Prof|Professor|Professeur|Mr|Mrs|Ms|Miss|Mme|Mlle|Monsieur|Madame|Mademoiselle|M\\.)"
                    + "\\.?\\s+(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)");
    private static final Pattern LABELLED_IDENTIFIER = Pattern.compile(
            "(?i:\\b(?:MRN|medical record (?:number|no\\.?|#)|record (?:number|no\\.?|#)|patient (?:id|number)"
                    + "|SSN|social security (?:number|no\\.?)|NIR|NSS|IPP|num[eé]ro de s[eé]curit[eé] sociale"
                    + "|n[°o] de s[eé]cu(?:rit[eé] sociale)?|carte vitale|insurance (?:id|number|no\\.?|#)"
                    + "|member (?:id|number)|policy (?:number|no\\.?|#)|num[eé]ro d'assur[eé]|num[eé]ro de dossier"
                    + "|n[°o] (?:de )?dossier|mutuelle)\\s*(?:is|est)?\\s*(?:n[°o]\\.?|num[eé]ro|number|#)?)\\s*[:#°]?\\s*"
                    + "((?=\\S*[0-9])[A-Za-z0-9][A-Za-z0-9./-]*(?:\\s[0-9][0-9./-]*)*)");
    private static final Pattern CODE =
            Pattern.compile("\\b(?=[A-Z0-9-]*[0-9]{5})(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*\\b");
    private static final Pattern ENGLISH_STREET =
            Pattern.compile("\\b[0-9]{1,5}[A-Za-z]?\\s+(?:[A-Z][\\p{L}'-]*\\s+){0,4}"
                    + "(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Court|Ct\\.?|Way|Place"
                    + "|Terrace|Parkway|Square)\\b\\.?");
    private static final Pattern FRENCH_STREET = Pattern.compile(
            "(?i)\\b[0-9]{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|chemin|all[ée]e|impasse|place"
                    + "|quai|route|cours|square|lotissement|r[ée]sidence)\\s+[^,.;\\n]{1,40}");
    private static final Pattern POSTAL_CODE =
            Pattern.compile("\\b[0-9]{5}(?:-[0-9]{4})?\\s+\\p{Lu}[\\p{L}'-]+|\\b[A-Z]{2}\\s+[0-9]{5}(?:-[0-9]{4})?\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\p{L}0-9])\\+?[0-9][0-9 ().-]{7,}[0-9](?![0-9])");
    private static final Pattern OLD_AGE =
            Pattern.compile("(?i)\\b(?:9[0-9]|1[0-4][0-9])\\s*(?:years?[ -]old|yrs? old|y/?o|ans)\\b");

    private final List<Known> known = new ArrayList<>();

    /** A detail to remove, folded, and what it becomes. */
    private record Known(String folded, String placeholder) {}

    Deidentifier(PersonalDetails person) {
        person.names().forEach(name -> know(name, NAME));
        person.address().forEach(part -> know(part, ADDRESS));
        person.contacts().forEach(contact -> know(contact, contact.contains("@") ? EMAIL : CONTACT));
        person.identifiers().forEach(identifier -> know(identifier, IDENTIFIER));
        known.sort(Comparator.comparingInt((Known k) -> k.folded().length()).reversed());
    }

    private void know(String value, String placeholder) {
        String folded = Folding.fold(value).strip();
        if (!folded.isEmpty()) {
            known.add(new Known(folded, placeholder));
        }
    }

    /** The text with every detail that could identify a person replaced by its placeholder; null stays null. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = withoutKnown(text);
        scrubbed = EMAIL_ADDRESS.matcher(scrubbed).replaceAll(EMAIL);
        scrubbed = WEB_ADDRESS.matcher(scrubbed).replaceAll(WEB);
        scrubbed = replaceGroup(TITLED_NAME, scrubbed, NAME);
        scrubbed = replaceGroup(LABELLED_IDENTIFIER, scrubbed, IDENTIFIER);
        scrubbed = FRENCH_STREET.matcher(scrubbed).replaceAll(ADDRESS);
        scrubbed = ENGLISH_STREET.matcher(scrubbed).replaceAll(ADDRESS);
        scrubbed = POSTAL_CODE.matcher(scrubbed).replaceAll(ADDRESS);
        scrubbed = CODE.matcher(scrubbed).replaceAll(IDENTIFIER);
        scrubbed = OLD_AGE.matcher(scrubbed).replaceAll(AGE);
        scrubbed = withoutDates(scrubbed);
        return LONG_NUMBER.matcher(scrubbed).replaceAll(NUMBER);
    }

    /** Each known detail, found as whole words in the folded text, replaced in the text as written. */
    private String withoutKnown(String text) {
        String result = text;
        for (Known detail : known) {
            String folded = foldedInPlace(result);
            StringBuilder out = new StringBuilder();
            int copied = 0;
            for (int at = folded.indexOf(detail.folded()); at >= 0; at = folded.indexOf(detail.folded(), at + 1)) {
                int end = at + detail.folded().length();
                if (at >= copied && isWordEdge(folded, at - 1) && isWordEdge(folded, end)) {
                    out.append(result, copied, at).append(detail.placeholder());
                    copied = end;
                }
            }
            result = out.append(result.substring(copied)).toString();
        }
        return result;
    }

    /** Dates with a day (not a month or a year alone) in any form the summary reads, as "[date]". */
    private static String withoutDates(String text) {
        String folded = foldedInPlace(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Dates.Found date : Dates.read(folded)) {
            if (date.month() == null) {
                out.append(text, copied, date.start()).append(DATE);
                copied = date.end();
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    private static String replaceGroup(Pattern pattern, String text, String placeholder) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (matcher.find()) {
            out.append(text, copied, matcher.start(1)).append(placeholder);
            copied = matcher.end(1);
        }
        return out.append(text.substring(copied)).toString();
    }

    /** The text folded character by character, so that every position still points at the same character. */
    private static String foldedInPlace(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = Folding.fold(String.valueOf(text.charAt(i)));
            folded.append(one.isEmpty() ? text.charAt(i) : one.charAt(0));
        }
        return folded.toString();
    }

    private static boolean isWordEdge(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
