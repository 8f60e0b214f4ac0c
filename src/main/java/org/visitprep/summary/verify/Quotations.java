package org.visitprep.summary.verify;

import java.util.regex.Matcher;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.wording.DateTokens;

/**
 * The first rules a sentence passes: a date token the engine did not write out names no cited date; an exact, whole
 * quotation of a text a cited fact carries (the patient's words, a dosage as written, a name) is the patient's or the
 * record's, not the draft's, and is hidden from every later rule; any other quotation puts words in someone's mouth
 * and is refused, and its words are checked like the rest of the sentence.
 */
final class Quotations {

    private static final String QUOTE_MARKS = "\"'";
    private static final String TRAILING = " .?!,;:";
    private static final int LONGEST_DETAIL = 80;

    private Quotations() {}

    static void check(CheckedText sentence) {
        Matcher token = DateTokens.leftIn(sentence.text());
        while (token.find()) {
            sentence.found(FindingKind.UNRESOLVED_DATE_TOKEN, token.group());
            sentence.blank(token.start(), token.end());
        }
        for (FactGrounds fact : sentence.cited()) {
            for (String quotable : fact.quotable()) {
                hideExactQuotes(sentence, quotable);
            }
        }
        refuseOtherQuotes(sentence);
    }

    private static void hideExactQuotes(CheckedText sentence, String quotable) {
        String text = sentence.text();
        for (int at = text.indexOf(quotable); at >= 0; at = text.indexOf(quotable, at + 1)) {
            int open = at;
            while (open > 0 && text.charAt(open - 1) == ' ') {
                open--;
            }
            int close = at + quotable.length();
            while (close < text.length() && TRAILING.indexOf(text.charAt(close)) >= 0) {
                close++;
            }
            if (open > 0
                    && close < text.length()
                    && QUOTE_MARKS.indexOf(text.charAt(open - 1)) >= 0
                    && text.charAt(open - 1) == text.charAt(close)
                    && !sentence.isBlank(open - 1)) {
                sentence.blank(open - 1, close + 1);
            }
        }
    }

    private static void refuseOtherQuotes(CheckedText sentence) {
        String work = sentence.work();
        int open = -1;
        for (int i = 0; i < work.length(); i++) {
            if (work.charAt(i) != '"') {
                continue;
            }
            if (open < 0) {
                open = i;
                continue;
            }
            String inner = sentence.text().substring(open + 1, i).strip();
            if (!inner.isEmpty()) {
                sentence.found(
                        FindingKind.MISQUOTED,
                        inner.length() > LONGEST_DETAIL ? inner.substring(0, LONGEST_DETAIL) + "…" : inner);
            }
            sentence.blank(open, open + 1);
            sentence.blank(i, i + 1);
            open = -1;
        }
        if (open >= 0) {
            sentence.blank(open, open + 1);
        }
    }
}
