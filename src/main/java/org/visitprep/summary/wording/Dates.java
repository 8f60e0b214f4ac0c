package org.visitprep.summary.wording;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes dates as the summary shows them ("12 March 2026", "1er mars 2026") and finds dates in any draft, in the
 * forms people and language models write them in English and French: day month year, month day year, ISO, numeric,
 * month and year, day and month. Reading works on {@linkplain Folding folded} text.
 */
public final class Dates {

    /** A date found in a text: a whole date, a month of a year, or a day of a month, with where it is. */
    public record Found(List<LocalDate> dates, YearMonth month, MonthDay day, int start, int end) {

        public Found {
            dates = List.copyOf(dates);
        }

        /** Whether the mention names this date: the same day, or its month and year, or its day and month. */
        public boolean names(LocalDate date) {
            if (!dates.isEmpty()) {
                return dates.contains(date);
            }
            if (month != null) {
                return month.equals(YearMonth.from(date));
            }
            return day.equals(MonthDay.from(date));
        }
    }

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private static final Map<String, Integer> MONTHS = months();
    /** Any word where a month's name may stand; {@link #dateOf} keeps only the names of {@link #MONTHS}. */
    private static final String MONTH = "(?<month>\\p{L}+)\\.?";

    private static final String YEAR = "(?<year>(?:18|19|20|21)[0-9]{2})";
    private static final String DAY = "(?<day>[0-9]{1,2})(?:er|st|nd|rd|th)?";
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("(?<![0-9])" + YEAR + "-(?<mm>[0-9]{2})-(?<dd>[0-9]{2})(?![0-9])"),
            Pattern.compile("(?<![0-9/])(?<a>[0-9]{1,2})[/.](?<b>[0-9]{1,2})[/.]" + YEAR + "(?![0-9])"),
            Pattern.compile("(?<![\\p{L}0-9])" + DAY + "\\s+(?:de\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?![0-9])"),
            Pattern.compile("(?<![\\p{L}0-9])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?![0-9])"),
            Pattern.compile("(?<![\\p{L}0-9])" + MONTH + "\\s+(?:de\\s+|of\\s+)?" + YEAR + "(?![0-9])"),
            Pattern.compile("(?<![\\p{L}0-9])" + DAY + "\\s+" + MONTH + "(?![\\p{L}])"),
            Pattern.compile("(?<![\\p{L}0-9])" + MONTH + "\\s+" + DAY + "(?![\\p{L}0-9])"));

    /** The forms written with digits only (ISO, numeric), first in {@link #FORMS}. */
    private static final int NUMERIC_FORMS = 2;

    private Dates() {}

    public static String write(LocalDate date, Locale locale) {
        if (Languages.isFrench(locale)) {
            String written = FRENCH.format(date);
            return date.getDayOfMonth() == 1 ? "1er" + written.substring(1) : written;
        }
        return ENGLISH.format(date);
    }

    /** Every date mentioned in the (folded) text, earliest form first where two forms overlap. */
    public static List<Found> read(String folded) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[folded.length()];
        int forms = namesAMonth(folded) ? FORMS.size() : NUMERIC_FORMS;
        for (int form = 0; form < forms; form++) {
            Matcher matcher = FORMS.get(form).matcher(folded);
            while (matcher.find()) {
                if (overlaps(taken, matcher.start(), matcher.end())) {
                    continue;
                }
                Found date = dateOf(form, matcher);
                if (date != null) {
                    found.add(date);
                    for (int i = matcher.start(); i < matcher.end(); i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Whether a word of the text is a month's name: the forms that hold one need not be looked for otherwise. */
    private static boolean namesAMonth(String folded) {
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetter(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (MONTHS.containsKey(folded.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static Found dateOf(int form, Matcher m) {
        if (form >= NUMERIC_FORMS && !MONTHS.containsKey(m.group("month"))) {
            return null;
        }
        try {
            return switch (form) {
                case 0 ->
                    whole(
                            m,
                            List.of(LocalDate.of(
                                    year(m), Integer.parseInt(m.group("mm")), Integer.parseInt(m.group("dd")))));
                case 1 -> numeric(m);
                case 2, 3 -> whole(m, List.of(LocalDate.of(year(m), month(m), Integer.parseInt(m.group("day")))));
                case 4 -> new Found(List.of(), YearMonth.of(year(m), month(m)), null, m.start(), m.end());
                default ->
                    new Found(
                            List.of(),
                            null,
                            MonthDay.of(month(m), Integer.parseInt(m.group("day"))),
                            m.start(),
                            m.end());
            };
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** 03/04/2026 is 3 April in French and 4 March in American English: either reading counts. */
    private static Found numeric(Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        List<LocalDate> readings = new ArrayList<>();
        for (int[] dayMonth : new int[][] {{a, b}, {b, a}}) {
            try {
                LocalDate date = LocalDate.of(year(m), dayMonth[1], dayMonth[0]);
                if (!readings.contains(date)) {
                    readings.add(date);
                }
            } catch (DateTimeException impossible) {
                // this reading is not a date; the other may be
            }
        }
        return readings.isEmpty() ? null : whole(m, readings);
    }

    private static Found whole(Matcher m, List<LocalDate> dates) {
        return new Found(dates, null, null, m.start(), m.end());
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    private static int month(Matcher m) {
        return MONTHS.get(m.group("month"));
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        String[][] names = {
            {"january", "jan", "janvier", "janv"},
            {"february", "feb", "fevrier", "fevr", "fev"},
            {"march", "mar", "mars"},
            {"april", "apr", "avril", "avr"},
            {"may", "mai"},
            {"june", "jun", "juin"},
            {"july", "jul", "juillet", "juil"},
            {"august", "aug", "aout"},
            {"september", "sept", "sep", "septembre"},
            {"october", "oct", "octobre"},
            {"november", "nov", "novembre"},
            {"december", "dec", "decembre"}
        };
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                months.put(name, month + 1);
            }
        }
        return Map.copyOf(months);
    }
}
