package org.visitprep.summary.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.EncounterSetting;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactNumber;
import org.visitprep.summary.facts.Judgement;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.RangeUsed;
import org.visitprep.summary.facts.Reading;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.WellnessTrendFact;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Normalised;
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/**
 * What one fact lets a sentence say, read once per draft in the draft's language and {@linkplain Normalised
 * normalised} as the sentences are: the names that bind a number to it, the texts it carries that a sentence may only
 * quote (the patient's words, a dosage as written), the words of its names, its numbers and the units they may be
 * written in, its dates, and the judgements the record supports. Facts of kinds it does not know are read through
 * {@link Fact}'s own methods: their texts count as names.
 */
final class FactGrounds {

    /** A number a fact states, in a canonical unit ("" for none). */
    record Stated(BigDecimal value, String unit, int scale) {}

    /** What only a sentence citing an emergency visit may say: elsewhere the word alarms. */
    private static final List<String> EMERGENCY_WORDS = List.of("emergency", "emergencies", "urgence", "urgences");

    private final Fact fact;
    private final List<String> names = new ArrayList<>();
    private final List<String> otherNames = new ArrayList<>();
    private final List<String> quotable = new ArrayList<>();
    private final Set<String> nameWords = new HashSet<>();
    private final Set<String> otherWords = new HashSet<>();
    private final List<Stated> numbers = new ArrayList<>();
    private final List<Stated> nameNumbers = new ArrayList<>();
    private final List<Stated> values = new ArrayList<>();
    private final List<Stated> latestValues = new ArrayList<>();
    private final List<Stated> lowLimits = new ArrayList<>();
    private final List<Stated> highLimits = new ArrayList<>();
    private final Map<String, String> unitForms = new HashMap<>();
    private final List<Long> periodDays = new ArrayList<>();
    private final String loinc;
    private Reading latest;
    private Reading previous;
    private Set<Judgement> previousJudgements = Set.of();

    FactGrounds(Fact fact, Locale locale) {
        this.fact = fact;
        String code = null;
        switch (fact) {
            case AgendaItemFact item -> quotable.add(item.text());
            case MedicationFact medication -> {
                names.add(medication.medicine());
                addIfPresent(quotable, medication.dosage());
                addIfPresent(quotable, medication.previousDosage());
            }
            case ResultFact result -> {
                names.add(result.name().english());
                names.add(result.name().french());
                code = result.code();
                reading(result.latest());
                latestValues.addAll(values);
                if (result.previous() != null) {
                    reading(result.previous());
                }
                if (result.range() != null) {
                    range(result.range());
                }
                latest = result.latest();
                previous = result.previous();
                previousJudgements = previousJudgements(result);
            }
            case EncounterFact encounter -> {
                names.addAll(encounter.verbatim());
                if (encounter.setting() == EncounterSetting.EMERGENCY) {
                    EMERGENCY_WORDS.stream().map(Stems::of).forEach(otherWords::add);
                }
            }
            case WellnessTrendFact trend -> {
                String key = Units.canonical(trend.ucum() != null ? trend.ucum() : trend.unit());
                values.add(
                        new Stated(trend.before().value(), key, trend.measure().scale()));
                values.add(
                        new Stated(trend.recent().value(), key, trend.measure().scale()));
                unitForms(key, trend.unit(), trend.ucum());
                periodDays.add(ChronoUnit.DAYS.between(
                                trend.before().from(), trend.before().to())
                        + 1);
                periodDays.add(ChronoUnit.DAYS.between(
                                trend.recent().from(), trend.recent().to())
                        + 1);
            }
            default -> names.addAll(fact.verbatim());
        }
        if (fact instanceof ResultFact result
                && result.range() != null
                && result.range().sourceName() != null) {
            otherNames.add(result.range().sourceName());
        }
        this.loinc =
                code != null && code.startsWith("http://loinc.org|") ? code.substring(code.indexOf('|') + 1) : null;
        for (FactNumber number : fact.numbers()) {
            if (number.unit() != null) {
                numbers.add(new Stated(number.value(), number.unit(), number.scale()));
            }
        }
        normaliseTexts(locale);
    }

    private void normaliseTexts(Locale locale) {
        replaceAll(names, locale);
        replaceAll(otherNames, locale);
        replaceAll(quotable, locale);
        quotable.addAll(names);
        quotable.addAll(otherNames);
        for (String name : names) {
            Words.of(name).forEach(word -> nameWords.add(Stems.of(word.text())));
            for (Numbers.Found found : Numbers.read(name, locale)) {
                String unit =
                        Units.at(name, found.end()).map(Units.Found::canonical).orElse("");
                nameNumbers.add(new Stated(found.value(), unit, 0));
            }
        }
        for (String form : unitForms.keySet()) {
            Words.of(form).forEach(word -> otherWords.add(Stems.of(word.text())));
        }
    }

    private static void replaceAll(List<String> texts, Locale locale) {
        texts.replaceAll(text -> Normalised.of(text, locale));
        texts.removeIf(String::isBlank);
    }

    private static void addIfPresent(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }

    private void reading(Reading reading) {
        values.add(new Stated(reading.value(), reading.unitKey(), reading.scale()));
        unitForms(reading.unitKey(), reading.unit(), reading.ucum());
    }

    private void range(RangeUsed range) {
        String key = Units.canonical(range.unit());
        if (range.low() != null) {
            lowLimits.add(new Stated(range.low(), key, 0));
        }
        if (range.high() != null) {
            highLimits.add(new Stated(range.high(), key, 0));
        }
        unitForms(key, null, range.unit());
    }

    private void unitForms(String key, String asWritten, String ucum) {
        for (String form : new String[] {
            asWritten, ucum, Units.shown(asWritten, ucum, Locale.ENGLISH), Units.shown(asWritten, ucum, Locale.FRENCH)
        }) {
            if (form != null && !form.isBlank()) {
                unitForms.putIfAbsent(Normalised.characters(form), key);
            }
        }
    }

    Fact fact() {
        return fact;
    }

    /** The fact's names, which bind a number written beside them to the fact. */
    List<String> names() {
        return names;
    }

    /** Texts the fact names that bind nothing: the source of a general range. */
    List<String> otherNames() {
        return otherNames;
    }

    /** The texts a sentence may quote exactly: the free texts, and the names. */
    List<String> quotable() {
        return quotable;
    }

    /** Whether a word (its stem) is a word of the fact's names, which bind numbers to it. */
    boolean namesWord(String stem) {
        return nameWords.contains(stem);
    }

    /**
     * Whether a word (its stem) is one of the fact's: of its names or of its units. The words of a range's source
     * stand only in the whole name ("source: U.S. Centers for Disease Control and Prevention"), never alone.
     */
    boolean knowsWord(String stem) {
        return nameWords.contains(stem) || otherWords.contains(stem);
    }

    /** The numbers the fact states with their units: values, previous values, range limits, averages. */
    List<Stated> numbers() {
        return numbers;
    }

    /** Numbers written inside the fact's names, with the unit the name writes after them ("500 MG"). */
    List<Stated> nameNumbers() {
        return nameNumbers;
    }

    /** The measured values (latest, previous; the averages of a trend), for checking a comparison with a number. */
    List<Stated> values() {
        return values;
    }

    /** The latest value (the recent average of a trend): what a comparison speaks of unless it says "previously". */
    List<Stated> latestValues() {
        return latestValues;
    }

    List<Stated> limits(boolean low) {
        return low ? lowLimits : highLimits;
    }

    /** The canonical unit of a unit as the fact writes it, if the fact writes it so. */
    Optional<String> unitOf(String normalisedForm) {
        return Optional.ofNullable(unitForms.get(normalisedForm));
    }

    Set<String> unitFormTexts() {
        return unitForms.keySet();
    }

    List<LocalDate> dates() {
        return fact.dates();
    }

    Set<Judgement> judgements() {
        return fact.judgements();
    }

    /** The lengths in days of the periods a trend compares. */
    List<Long> periodDays() {
        return periodDays;
    }

    /**
     * What the record supports saying of a result's previous reading: where it stood against the same range (a
     * laboratory flag is the latest reading's), and which way the values moved.
     */
    private static Set<Judgement> previousJudgements(ResultFact result) {
        if (result.previous() == null) {
            return Set.of();
        }
        Set<Judgement> judgements = EnumSet.noneOf(Judgement.class);
        result.judgements().stream()
                .filter(judgement -> judgement == Judgement.INCREASED
                        || judgement == Judgement.DECREASED
                        || judgement == Judgement.UNCHANGED)
                .forEach(judgements::add);
        RangeUsed range = result.range();
        boolean sameUnit = range != null
                && Units.canonical(range.unit()).equals(result.previous().unitKey());
        if (sameUnit) {
            BigDecimal value = result.previous().value();
            boolean below = range.low() != null
                    && (range.lowInclusive() ? value.compareTo(range.low()) < 0 : value.compareTo(range.low()) <= 0);
            boolean above = range.high() != null
                    && (range.highInclusive() ? value.compareTo(range.high()) > 0 : value.compareTo(range.high()) >= 0);
            if (below) {
                judgements.addAll(List.of(Judgement.BELOW_RANGE, Judgement.ABNORMAL));
            } else if (above) {
                judgements.addAll(List.of(Judgement.ABOVE_RANGE, Judgement.ABNORMAL));
            } else {
                judgements.add(Judgement.WITHIN_RANGE);
            }
        }
        return judgements;
    }

    /**
     * Whether a judgement at {@code position} speaks of the previous reading: the reading its clause
     * ({@code from}..{@code to}) names nearest before it (else nearest after it), by its value or its date, is the
     * previous one and not the latest.
     */
    boolean spokenOfBefore(
            List<CheckedText.NumberRead> numbers, List<Dates.Found> dates, int from, int position, int to) {
        if (previous == null) {
            return false;
        }
        List<Said> said = new ArrayList<>();
        for (CheckedText.NumberRead number : numbers) {
            said.add(new Said(
                    number.start(),
                    Numbers.writtenAs(number.value(), previous.value(), previous.scale()),
                    Numbers.writtenAs(number.value(), latest.value(), latest.scale())));
        }
        for (Dates.Found date : dates) {
            said.add(new Said(date.start(), date.names(previous.date()), date.names(latest.date())));
        }
        Said before = null;
        Said after = null;
        for (Said reading : said) {
            if (!reading.ofPrevious() && !reading.ofLatest()) {
                continue;
            }
            if (reading.start() >= from && reading.start() < position) {
                before = before == null || reading.start() > before.start() ? reading : before;
            } else if (reading.start() >= position && reading.start() < to) {
                after = after == null || reading.start() < after.start() ? reading : after;
            }
        }
        Said nearest = before != null ? before : after;
        return nearest != null && nearest.ofPrevious() && !nearest.ofLatest();
    }

    /** A reading a sentence names at {@code start}, by its value or its date. */
    private record Said(int start, boolean ofPrevious, boolean ofLatest) {}

    /** The judgements of the previous reading ({@link #spokenOfBefore}). */
    Set<Judgement> previousJudgements() {
        return previousJudgements;
    }

    /** The LOINC code of a result, for the conversions its substance allows; null otherwise. */
    String loinc() {
        return loinc;
    }
}
