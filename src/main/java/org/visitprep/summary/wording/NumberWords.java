package org.visitprep.summary.wording;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written as words in English ("twenty-one", "six point nine", "one hundred and five") and French
 * ("vingt et un", "quatre-vingt-dix", "six virgule neuf", "septante"), in folded text, and writes them as the
 * language writes digits, so that "six point nine percent" is checked as "6.9 %". "one", "un" and "une" alone are
 * read as a number only before a unit or a duration ("one year", "une semaine"): elsewhere they are the article or
 * the pronoun.
 */
final class NumberWords {

    private static final Map<String, Integer> ENGLISH = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fourty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("hundred", 100),
            Map.entry("thousand", 1000),
            Map.entry("million", 1_000_000));

    private static final Map<String, Integer> FRENCH = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("un", 1),
            Map.entry("une", 1),
            Map.entry("deux", 2),
            Map.entry("trois", 3),
            Map.entry("quatre", 4),
            Map.entry("cinq", 5),
            Map.entry("six", 6),
            Map.entry("sept", 7),
            Map.entry("huit", 8),
            Map.entry("neuf", 9),
            Map.entry("dix", 10),
            Map.entry("onze", 11),
            Map.entry("douze", 12),
            Map.entry("treize", 13),
            Map.entry("quatorze", 14),
            Map.entry("quinze", 15),
            Map.entry("seize", 16),
            Map.entry("vingt", 20),
            Map.entry("vingts", 20),
            Map.entry("trente", 30),
            Map.entry("quarante", 40),
            Map.entry("cinquante", 50),
            Map.entry("soixante", 60),
            Map.entry("septante", 70),
            Map.entry("huitante", 80),
            Map.entry("octante", 80),
            Map.entry("nonante", 90),
            Map.entry("cent", 100),
            Map.entry("cents", 100),
            Map.entry("mille", 1000),
            Map.entry("million", 1_000_000),
            Map.entry("millions", 1_000_000));

    private static final Set<String> ARTICLES = Set.of("one", "un", "une");

    /** "tous deux", "toutes les deux": both, not a count. */
    private static final Set<String> BOTH = Set.of("tous", "toutes", "les");

    private static final Set<String> JOINS = Set.of("and", "et");
    private static final Set<String> DECIMAL_MARKS = Set.of("point", "virgule");

    /** Words after which "one", "un" and "une" are a count: durations and a few units written out. */
    private static final Set<String> COUNTED = Set.of(
            "year",
            "years",
            "month",
            "months",
            "week",
            "weeks",
            "day",
            "days",
            "hour",
            "hours",
            "minute",
            "minutes",
            "an",
            "ans",
            "annee",
            "annees",
            "mois",
            "semaine",
            "semaines",
            "jour",
            "jours",
            "heure",
            "heures",
            "percent",
            "pour",
            "tablet",
            "tablets",
            "comprime",
            "comprimes",
            "dose",
            "doses",
            "unit",
            "units",
            "unite",
            "unites",
            "mg",
            "g",
            "ml",
            "kg",
            "lb",
            "point",
            "virgule");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** "sept" before a year is September ("12 sept 2026"), not seven. */
    private static final Pattern MONTH_FOLLOWS = Pattern.compile("\\.?\\s+(?:18|19|20|21)[0-9]{2}(?![0-9])");

    private NumberWords() {}

    /** The folded text with every run of number words replaced by its digits, written as the language writes them. */
    static String asDigits(String folded, Locale locale) {
        boolean french = Languages.isFrench(locale);
        Map<String, Integer> words = french ? FRENCH : ENGLISH;
        Matcher matcher = WORD.matcher(folded);
        List<int[]> tokens = new ArrayList<>();
        while (matcher.find()) {
            tokens.add(new int[] {matcher.start(), matcher.end()});
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i < tokens.size()) {
            Run run = run(folded, tokens, i, words);
            if (run == null) {
                i++;
                continue;
            }
            int start = tokens.get(i)[0];
            int end = tokens.get(run.lastToken())[1];
            out.append(folded, copied, start).append(written(run.value(), french));
            copied = end;
            i = run.lastToken() + 1;
        }
        return out.append(folded.substring(copied)).toString();
    }

    private record Run(BigDecimal value, int lastToken) {}

    /** The run of number words starting at token {@code first}, or null if it does not start one. */
    private static Run run(String text, List<int[]> tokens, int first, Map<String, Integer> words) {
        String word = word(text, tokens, first);
        if (!words.containsKey(word)) {
            return null;
        }
        long total = 0;
        long current = 0;
        int last = first - 1;
        int count = 0;
        for (int i = first; i < tokens.size(); i++) {
            String next = word(text, tokens, i);
            if (i > first && !joined(text, tokens.get(i - 1)[1], tokens.get(i)[0])) {
                break;
            }
            if (JOINS.contains(next) && i + 1 < tokens.size() && words.containsKey(word(text, tokens, i + 1))) {
                continue;
            }
            Integer value = words.get(next);
            if (value == null) {
                break;
            }
            if (value == 1_000_000 || value == 1000) {
                total += Math.max(current, 1) * value;
                current = 0;
            } else if (value == 100) {
                current = Math.max(current, 1) * 100;
            } else if (value == 20 && current % 100 == 4 && next.startsWith("vingt")) {
                current = current - 4 + 80;
            } else {
                current += value;
            }
            last = i;
            count++;
        }
        BigDecimal value = BigDecimal.valueOf(total + current);
        if (last + 1 < tokens.size()) {
            String mark = word(text, tokens, last + 1);
            if (DECIMAL_MARKS.contains(mark) && joined(text, tokens.get(last)[1], tokens.get(last + 1)[0])) {
                StringBuilder decimals = new StringBuilder();
                int j = last + 2;
                while (j < tokens.size() && joined(text, tokens.get(j - 1)[1], tokens.get(j)[0])) {
                    Integer digit = words.get(word(text, tokens, j));
                    if (digit == null || digit > 9) {
                        break;
                    }
                    decimals.append(digit);
                    j++;
                }
                if (!decimals.isEmpty()) {
                    value = new BigDecimal(value.toPlainString() + "." + decimals);
                    last = j - 1;
                    count++;
                }
            }
        }
        if (count == 1 && ARTICLES.contains(word) && !countedAfter(text, tokens, last)) {
            return null;
        }
        if (count == 1 && word.equals("deux") && first > 0 && BOTH.contains(word(text, tokens, first - 1))) {
            return null;
        }
        if (count == 1
                && word.equals("sept")
                && MONTH_FOLLOWS
                        .matcher(text)
                        .region(tokens.get(last)[1], text.length())
                        .lookingAt()) {
            return null;
        }
        return new Run(value, last);
    }

    private static boolean countedAfter(String text, List<int[]> tokens, int last) {
        if (last + 1 >= tokens.size() || !joined(text, tokens.get(last)[1], tokens.get(last + 1)[0])) {
            return false;
        }
        return COUNTED.contains(word(text, tokens, last + 1));
    }

    /** Whether two words are next to each other: only a space or a hyphen between them. */
    private static boolean joined(String text, int end, int start) {
        String between = text.substring(end, start);
        return between.equals(" ") || between.equals("-") || between.equals(" - ");
    }

    private static String word(String text, List<int[]> tokens, int index) {
        int[] token = tokens.get(index);
        return text.substring(token[0], token[1]);
    }

    private static String written(BigDecimal value, boolean french) {
        String plain = value.toPlainString();
        return french ? plain.replace('.', ',') : plain;
    }
}
