package org.visitprep.summary.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers, dates and units as the engines write them and the verifier reads them, in English and French. */
class WordingTest {

    @Test
    void writesNumbersAsEachLanguageDoes() {
        assertEquals("6.9", Numbers.write(new BigDecimal("6.9"), 1, Locale.ENGLISH));
        assertEquals("6,9", Numbers.write(new BigDecimal("6.9"), 1, Locale.FRENCH));
        assertEquals("8,145", Numbers.write(new BigDecimal("8145"), 0, Locale.ENGLISH));
        assertEquals("8\u202f145", Numbers.write(new BigDecimal("8145"), 0, Locale.FRENCH));
        assertEquals("0.57", Numbers.write(new BigDecimal("0.5660708565843512"), 2, Locale.ENGLISH));
        assertEquals("-2,7", Numbers.write(new BigDecimal("-2.693"), 1, Locale.FRENCH));
    }

    @Test
    void choosesAReadableScaleNeverFinerThanTheValue() {
        assertEquals(0, Numbers.displayScale(new BigDecimal("156.3")));
        assertEquals(1, Numbers.displayScale(new BigDecimal("72.93")));
        assertEquals(2, Numbers.displayScale(new BigDecimal("5.8734")));
        assertEquals(1, Numbers.displayScale(new BigDecimal("6.9")));
        assertEquals(0, Numbers.displayScale(new BigDecimal("9")));
        assertEquals(4, Numbers.displayScale(new BigDecimal("0.0074559")));
    }

    @Test
    void readsNumbersWithDecimalMarksAndThousandsOfTheLanguage() {
        assertEquals(
                List.of(new BigDecimal("6.9"), new BigDecimal("6214"), new BigDecimal("-2.7")),
                values(Numbers.read("6.9 % and 6,214 steps, T-score -2.7", Locale.ENGLISH)));
        assertEquals(
                List.of(new BigDecimal("6.9"), new BigDecimal("6214"), new BigDecimal("5.5")),
                values(Numbers.read("6,9 % et 6\u202f214 pas, puis 5.5", Locale.FRENCH)));
        assertEquals(
                List.of(new BigDecimal("4.0"), new BigDecimal("5.6")),
                values(Numbers.read("range 4.0-5.6", Locale.ENGLISH)),
                "a hyphen between numbers is no sign");
        assertTrue(Numbers.read("HbA1c", Locale.ENGLISH).isEmpty(), "digits inside a word are no number");
    }

    @Test
    void acceptsRoundingOnlyDownToTheFactsPrecision() {
        assertTrue(Numbers.writtenAs(new BigDecimal("6.9"), new BigDecimal("6.87"), 1));
        assertTrue(Numbers.writtenAs(new BigDecimal("6.87"), new BigDecimal("6.87"), 1));
        assertTrue(Numbers.writtenAs(new BigDecimal("6.90"), new BigDecimal("6.9"), 1));
        assertFalse(Numbers.writtenAs(new BigDecimal("7"), new BigDecimal("6.87"), 1));
        assertFalse(Numbers.writtenAs(new BigDecimal("7.4"), new BigDecimal("6.9"), 1));
    }

    @Test
    void writesAndReadsDatesInBothLanguages() {
        LocalDate date = LocalDate.of(2026, 3, 12);
        assertEquals("12 March 2026", Dates.write(date, Locale.ENGLISH));
        assertEquals("12 mars 2026", Dates.write(date, Locale.FRENCH));
        assertEquals("1er avril 2026", Dates.write(LocalDate.of(2026, 4, 1), Locale.FRENCH));
        for (String written : List.of(
                "on 12 March 2026.",
                "on March 12, 2026",
                "le 12 mars 2026",
                "2026-03-12",
                "12/03/2026",
                "03/12/2026",
                "Le 12 Mars 2026")) {
            List<Dates.Found> found = Dates.read(Folding.fold(written));
            assertEquals(1, found.size(), written);
            assertTrue(found.getFirst().names(date), written);
        }
        Dates.Found month = Dates.read("in march 2026").getFirst();
        assertEquals(YearMonth.of(2026, 3), month.month());
        assertEquals(
                MonthDay.of(4, 1),
                Dates.read(Folding.fold("le 1er avril")).getFirst().day());
        assertFalse(Dates.read(Folding.fold("le 13 mars 2026")).getFirst().names(date));
    }

    @Test
    void showsUnitsReadablyAndComparesTheirSpellings() {
        assertEquals("mmHg", Units.shown("mm[Hg]", "mm[Hg]", Locale.ENGLISH));
        assertEquals("×10³/µL", Units.shown("10*3/uL", "10*3/uL", Locale.ENGLISH));
        assertEquals("pas/jour", Units.shown("steps/day", "/d", Locale.FRENCH));
        assertEquals("mUI/L", Units.shown(null, "m[IU]/L", Locale.FRENCH));
        assertEquals("", Units.shown("{score}", "{score}", Locale.ENGLISH));
        assertEquals(Units.canonical("mm[Hg]"), Units.canonical("mm Hg"));
        assertEquals(Units.canonical("/min"), Units.canonical("beats per minute"));
        assertEquals(Units.canonical("mL/min/{1.73_m2}"), Units.canonical("mL/min/1,73 m²"));
        assertEquals(Units.canonical("g/dL"), Units.canonical("g/dl"));
        assertTrue(!Units.canonical("mmol/L").equals(Units.canonical("mg/dL")));
        assertEquals(
                Units.canonical("×10³/µL"),
                Units.at(Folding.fold("4.5 ×10³/µL"), 3).orElseThrow().canonical());
        assertTrue(Units.at("6.9 in march", 3).isEmpty(), "a word that is also a unit symbol is no unit");
        assertEquals("%", Units.at("6.9 percent", 3).orElseThrow().canonical());
        assertEquals("%", Units.at("6,9 pour cent", 3).orElseThrow().canonical());
        assertEquals(
                Units.canonical("10*3/uL"),
                Units.at(Normalised.characters("4.5 ×10³/µL"), 3).orElseThrow().canonical(),
                "a normalised unit is known too");
    }

    @Test
    void bringsEveryDraftToOneFormBeforeAnyRule() {
        assertEquals(
                "your hba1c was 6.9 % on 12 march 2026.",
                Normalised.of("Your HbA1c was ６.９ % on 12 March 2026.", Locale.ENGLISH));
        assertEquals(
                "\"cancer\" - it's 7.4",
                Normalised.of("\u201cca\u200bncer\u201d \u2014 it\u2019s \ud835\udfd5.\ud835\udfd2", Locale.ENGLISH));
        assertEquals("\" fatigue \" 7", Normalised.of("«\u00a0fatigué\u00a0»   \u0667", Locale.FRENCH));
        assertEquals("diabetes", Normalised.of("dia\u00adbetes", Locale.ENGLISH), "no soft hyphen splits a word");
        assertEquals("×103/μl m2", Normalised.characters("×10³/µL m²"));
    }

    @Test
    void readsNumbersWrittenAsWordsInEnglishAndFrench() {
        assertEquals("6.9 percent", Normalised.of("six point nine percent", Locale.ENGLISH));
        assertEquals(
                "your hba1c doubled to 121",
                Normalised.of("Your HbA1c doubled to one hundred and twenty-one", Locale.ENGLISH));
        assertEquals("1 year before this visit", Normalised.of("one year before this visit", Locale.ENGLISH));
        assertEquals(
                "one of your results", Normalised.of("one of your results", Locale.ENGLISH), "a pronoun, not a count");
        assertEquals(
                "21 pas, 80 mg, 90 jours, 71 kg",
                Normalised.of(
                        "vingt et un pas, quatre-vingts mg, quatre-vingt-dix jours, soixante et onze kg",
                        Locale.FRENCH));
        assertEquals("6,9 % et 1200 pas", Normalised.of("six virgule neuf % et mille deux cents pas", Locale.FRENCH));
        assertEquals(
                "un resultat, toutes deux",
                Normalised.of("un résultat, toutes deux", Locale.FRENCH),
                "an article, and both");
        assertEquals(
                "le 12 sept 2026, 70",
                Normalised.of("le 12 sept 2026, septante", Locale.FRENCH),
                "September, and Swiss seventy");
    }

    @Test
    void writesDatesAsTokensFromTheVisitAndBackOnlyForTheDatesGiven() {
        LocalDate visit = LocalDate.of(2026, 4, 1);
        LocalDate measured = LocalDate.of(2026, 3, 12);
        assertEquals("D-20", DateTokens.of(measured, visit));
        assertEquals("D-0", DateTokens.of(visit, visit));
        assertEquals("D+3", DateTokens.of(visit.plusDays(3), visit));
        assertEquals(
                "HbA1c 6.9 % le 12 mars 2026, puis [D-5]",
                DateTokens.resolve("HbA1c 6.9 % le [D-20], puis [D-5]", List.of(measured), visit, Locale.FRENCH));
        assertEquals(
                "on 12 March 2026", DateTokens.resolve("on [ d \u2212 20 ]", List.of(measured), visit, Locale.ENGLISH));
        assertTrue(DateTokens.leftIn(Normalised.of("on [D-5].", Locale.ENGLISH)).find());
        assertFalse(DateTokens.leftIn(Normalised.of("on 12 March 2026.", Locale.ENGLISH))
                .find());
    }

    private static List<BigDecimal> values(List<Numbers.Found> found) {
        return found.stream().map(Numbers.Found::value).toList();
    }
}
