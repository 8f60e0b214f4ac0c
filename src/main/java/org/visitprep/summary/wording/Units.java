package org.visitprep.summary.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How units are shown and recognised. A unit is shown as the record wrote it, except UCUM codes a reader does not
 * expect ({@code mm[Hg]} becomes mmHg, {@code 10*3/uL} becomes ×10³/µL) and the few English words wellness data
 * carries (steps/day becomes pas/jour in French). Units are compared by a canonical key, so "mm[Hg]", "mmHg" and
 * "mm Hg" are one unit, and "/min", "bpm" and "battements/minute" another. Unit symbols and codes: UCUM, The Unified
 * Code for Units of Measure (https://ucum.org/ucum).
 */
public final class Units {

    /** A unit found right after a number, with its canonical key and where it ends. */
    public record Found(String canonical, int end) {}

    private static final Map<String, String[]> SHOWN = Map.ofEntries(
            Map.entry("mm[Hg]", new String[] {"mmHg", "mmHg"}),
            Map.entry("10*3/uL", new String[] {"×10³/µL", "×10³/µL"}),
            Map.entry("10*6/uL", new String[] {"×10⁶/µL", "×10⁶/µL"}),
            Map.entry("10*9/L", new String[] {"×10⁹/L", "×10⁹/L"}),
            Map.entry("kg/m2", new String[] {"kg/m²", "kg/m²"}),
            Map.entry("mL/min/{1.73_m2}", new String[] {"mL/min/1.73 m²", "mL/min/1,73 m²"}),
            Map.entry("Cel", new String[] {"°C", "°C"}),
            Map.entry("m[IU]/L", new String[] {"mIU/L", "mUI/L"}),
            Map.entry("[IU]/L", new String[] {"IU/L", "UI/L"}),
            Map.entry("ug/dL", new String[] {"µg/dL", "µg/dL"}),
            Map.entry("ug/L", new String[] {"µg/L", "µg/L"}),
            Map.entry("umol/L", new String[] {"µmol/L", "µmol/L"}),
            Map.entry("[lb_av]", new String[] {"lb", "lb"}),
            Map.entry("[in_i]", new String[] {"in", "in"}),
            Map.entry("steps/day", new String[] {"steps/day", "pas/jour"}),
            Map.entry("kcal/day", new String[] {"kcal/day", "kcal/jour"}),
            Map.entry("beats/minute", new String[] {"beats/minute", "battements/minute"}),
            Map.entry("{score}", new String[] {"", ""}),
            Map.entry("{nominal}", new String[] {"", ""}),
            Map.entry("{INR}", new String[] {"", ""}),
            Map.entry("{T-score}", new String[] {"", ""}),
            Map.entry("{ratio}", new String[] {"", ""}),
            Map.entry("pH", new String[] {"", ""}),
            Map.entry("1", new String[] {"", ""}));

    /** Unit symbols that are also everyday words, never taken for a unit after a number ("6.9 in March"). */
    private static final Set<String> COMMON_WORDS = Set.of("in", "a", "an", "m");

    /** Other ways of writing a unit, each mapped to the canonical key of the unit it means. */
    private static final Map<String, String> ALIASES = aliases();

    /** Every written form recognised after a number, folded, longest first. */
    private static final List<Map.Entry<String, String>> RECOGNISED = recognised();

    private Units() {}

    /** The unit to show with a value, from the unit as the record wrote it and its UCUM code (either may be null). */
    public static String shown(String asWritten, String ucum, Locale locale) {
        int language = Languages.isFrench(locale) ? 1 : 0;
        String unit = asWritten != null && !asWritten.isBlank() ? asWritten.strip() : ucum;
        if (unit == null) {
            return "";
        }
        String[] shown = SHOWN.get(unit);
        if (shown == null && ucum != null) {
            shown = SHOWN.get(ucum);
            if (shown != null && !canonical(unit).equals(canonical(ucum))) {
                shown = null;
            }
        }
        return shown != null ? shown[language] : unit;
    }

    /** The key two spellings of one unit share; the empty string for no unit or a unitless code. */
    public static String canonical(String unit) {
        if (unit == null) {
            return "";
        }
        String key = Folding.fold(unit)
                .replace('µ', 'u')
                .replace('μ', 'u')
                .replaceAll("\\s+", "")
                .replace("²", "2")
                .replace("³", "3")
                .replace("⁶", "6")
                .replace("⁹", "9")
                .replace("×", "x")
                .replace("^", "");
        return ALIASES.getOrDefault(key, key);
    }

    /**
     * The unit written at {@code position} of the folded text (after optional blanks), if it is a known one; the text
     * may also be {@linkplain Normalised normalised}.
     */
    public static Optional<Found> at(String folded, int position) {
        int start = position;
        while (start < folded.length()
                && (folded.charAt(start) == ' '
                        || folded.charAt(start) == '\u00a0'
                        || folded.charAt(start) == '\u202f')) {
            start++;
        }
        for (Map.Entry<String, String> written : RECOGNISED) {
            String form = written.getKey();
            if (folded.startsWith(form, start) && endsWord(folded, start + form.length(), form)) {
                return Optional.of(new Found(written.getValue(), start + form.length()));
            }
        }
        return Optional.empty();
    }

    private static boolean endsWord(String text, int end, String form) {
        if (end >= text.length()) {
            return true;
        }
        char last = form.charAt(form.length() - 1);
        char next = text.charAt(end);
        return !Character.isLetterOrDigit(last) || !Character.isLetterOrDigit(next);
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        alias(aliases, "mmhg", "mm[hg]", "mmhg");
        alias(
                aliases,
                "/min",
                "/min",
                "bpm",
                "beats/minute",
                "beatsperminute",
                "beats/min",
                "battements/minute",
                "battementsparminute",
                "batt/min");
        alias(aliases, "/d", "/d", "steps/day", "stepsaday", "stepsperday", "pas/jour", "pasparjour");
        alias(aliases, "kcal", "kcal", "kcal/d", "kcal/day", "kcaladay", "kcalperday", "kcal/jour", "kcalparjour");
        alias(aliases, "min", "min", "minutes", "minute", "mins");
        alias(aliases, "10*3/ul", "10*3/ul", "x103/ul", "103/ul", "k/ul", "10e3/ul", "x10e3/ul", "10*9/l", "x109/l");
        alias(aliases, "10*6/ul", "10*6/ul", "x106/ul", "106/ul", "m/ul", "10*12/l", "x1012/l");
        alias(aliases, "cel", "cel", "°c", "degc");
        alias(aliases, "kg/m2", "kg/m2");
        alias(aliases, "ml/min/1.73m2", "ml/min/{1.73_m2}", "ml/min/1.73m2", "ml/min/1,73m2");
        alias(aliases, "miu/l", "m[iu]/l", "miu/l", "mui/l", "mu/l");
        alias(aliases, "iu/l", "[iu]/l", "iu/l", "ui/l");
        alias(aliases, "lb", "[lb_av]", "lb", "lbs", "pounds");
        alias(aliases, "kg", "kg", "kilos", "kilograms", "kilogrammes");
        alias(aliases, "%", "%", "percent", "pourcent", "pct");
        alias(aliases, "[degf]", "[degf]", "°f", "degf", "fahrenheit");
        alias(aliases, "[in_i]", "[in_i]", "inch", "inches", "pouce", "pouces");
        alias(aliases, "h", "h", "hour", "hours", "heure", "heures", "hr", "hrs");
        alias(aliases, "", "{score}", "{nominal}", "{inr}", "{t-score}", "{ratio}", "ph", "1");
        return Map.copyOf(aliases);
    }

    private static void alias(Map<String, String> aliases, String canonical, String... forms) {
        for (String form : forms) {
            aliases.put(form, canonical);
        }
    }

    /** The forms recognised after a number: the shown forms, the aliases, and common laboratory units. */
    private static List<Map.Entry<String, String>> recognised() {
        Map<String, String> forms = new HashMap<>();
        List<String> written = new ArrayList<>(List.of(
                "%",
                "g/dl",
                "mg/dl",
                "mmol/l",
                "umol/l",
                "µmol/l",
                "nmol/l",
                "pmol/l",
                "g/l",
                "mg/l",
                "ng/ml",
                "ng/dl",
                "pg/ml",
                "ug/dl",
                "µg/dl",
                "pg",
                "fl",
                "u/l",
                "iu/l",
                "ui/l",
                "miu/l",
                "mui/l",
                "ku/l",
                "mmhg",
                "mm hg",
                "mm[hg]",
                "kg/m2",
                "kg/m²",
                "kg",
                "lb",
                "lbs",
                "g",
                "mg",
                "mcg",
                "ug",
                "µg",
                "ml",
                "cm",
                "mm/h",
                "mg/g",
                "meq/l",
                "bpm",
                "/min",
                "beats per minute",
                "beats/minute",
                "battements/minute",
                "battements par minute",
                "kcal/day",
                "kcal/jour",
                "kcal per day",
                "kcal par jour",
                "kcal a day",
                "kcal",
                "steps/day",
                "steps a day",
                "steps per day",
                "steps",
                "pas/jour",
                "pas par jour",
                "minutes",
                "min",
                "hours",
                "heures",
                "h",
                "°c",
                "×10³/µl",
                "x10³/µl",
                "×10⁶/µl",
                "x10⁶/µl",
                "×10⁹/l",
                "10*3/ul",
                "10*6/ul",
                "10^3/ul",
                "k/ul",
                "ml/min/1.73 m²",
                "ml/min/1,73 m²",
                "ml/min/1.73m2",
                "ml/min/{1.73_m2}",
                "ml/min",
                "units",
                "unites",
                "s",
                "seconds",
                "secondes",
                "percent",
                "per cent",
                "pour cent",
                "pourcent",
                "mmol/mol",
                "°f",
                "inches",
                "pouces",
                "hour",
                "heure"));
        SHOWN.forEach((code, shown) -> {
            written.add(Folding.fold(code));
            written.add(Folding.fold(shown[0]));
            written.add(Folding.fold(shown[1]));
        });
        for (String form : written) {
            for (String folded : List.of(Folding.fold(form), Normalised.characters(form))) {
                if (!folded.isBlank()
                        && !folded.chars().allMatch(Character::isDigit)
                        && !COMMON_WORDS.contains(folded)) {
                    forms.put(folded, canonical(folded));
                }
            }
        }
        forms.put("steps", "/d");
        forms.put("hours", "h");
        forms.put("heures", "h");
        forms.put("seconds", "s");
        forms.put("secondes", "s");
        List<Map.Entry<String, String>> sorted = new ArrayList<>(forms.entrySet());
        sorted.sort(Comparator.comparingInt(
                        (Map.Entry<String, String> e) -> e.getKey().length())
                .reversed()
                .thenComparing(Map.Entry::getKey));
        return List.copyOf(sorted);
    }
}
