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
import org.visitprep.lab.ResultJudgement;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.AllergyFact;
import org.visitprep.summary.facts.ConditionFact;
import org.visitprep.summary.facts.CriticalReading;
import org.visitprep.summary.facts.Dose;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.EncounterSetting;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.FactNumber;
import org.visitprep.summary.facts.Judgement;
import org.visitprep.summary.facts.MedicationEvent;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.PatientContextFact;
import org.visitprep.summary.facts.RangeUsed;
import org.visitprep.summary.facts.Reading;
import org.visitprep.summary.facts.RecordListFact;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.WellnessMeasure;
import org.visitprep.summary.facts.WellnessTrendFact;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Folding;
import org.visitprep.summary.wording.Normalised;
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/**
 * What one fact lets a sentence say, read once per draft in the draft's language and {@linkplain Normalised
 * normalised} as the sentences are: the names that bind a number to it, the texts it carries that a sentence may only
 * quote (the patient's words, a dosage as written), the words of its names, its numbers and the units they may be
 * written in, its dates, the judgements the record supports (of each reading of a result too), what it states that
 * only it lets a sentence say ({@link Bound}: a sex, a result read as "Positive", an allergy...), and for the patient's
 * context the labels of its age and sex. Facts of kinds it does not know are read through {@link Fact}'s own methods:
 * their texts count as names.
 */
final class FactGrounds {

    /**
     * A number a fact states, in a canonical unit ("" for none).
     *
     * @param comparator for a bound the record gives ("&lt;0.35"), {@code <}, {@code <=}, {@code >=} or {@code >};
     *     else null
     */
    record Stated(BigDecimal value, String unit, int scale, String comparator) {

        Stated(BigDecimal value, String unit, int scale) {
            this(value, unit, scale, null);
        }
    }

    /** A reading of a result and what the record supports saying of it alone. */
    private record JudgedReading(Reading reading, Set<Judgement> judgements) {}

    /**
     * The words a qualitative result is read in (SNOMED CT qualifier values and their French words, folded) and the
     * laboratory's presence codes (HL7 v3 ObservationInterpretation), with what a sentence may then say of it.
     */
    private static final Map<String, Bound> READ_AS = Map.ofEntries(
            Map.entry("positive", Bound.READS_POSITIVE),
            Map.entry("positif", Bound.READS_POSITIVE),
            Map.entry("POS", Bound.READS_POSITIVE),
            Map.entry("detected", Bound.READS_DETECTED),
            Map.entry("detecte", Bound.READS_DETECTED),
            Map.entry("detectee", Bound.READS_DETECTED),
            Map.entry("DET", Bound.READS_DETECTED),
            Map.entry("reactive", Bound.READS_REACTIVE),
            Map.entry("reactif", Bound.READS_REACTIVE),
            Map.entry("RR", Bound.READS_REACTIVE),
            Map.entry("weakly reactive", Bound.READS_WEAKLY_REACTIVE),
            Map.entry("faiblement reactif", Bound.READS_WEAKLY_REACTIVE),
            Map.entry("WR", Bound.READS_WEAKLY_REACTIVE),
            Map.entry("negative", Bound.READS_NEGATIVE),
            Map.entry("negatif", Bound.READS_NEGATIVE),
            Map.entry("NEG", Bound.READS_NEGATIVE),
            Map.entry("not detected", Bound.READS_NOT_DETECTED),
            Map.entry("non detecte", Bound.READS_NOT_DETECTED),
            Map.entry("non detectee", Bound.READS_NOT_DETECTED),
            Map.entry("ND", Bound.READS_NOT_DETECTED),
            Map.entry("non-reactive", Bound.READS_NON_REACTIVE),
            Map.entry("nonreactive", Bound.READS_NON_REACTIVE),
            Map.entry("non reactive", Bound.READS_NON_REACTIVE),
            Map.entry("non reactif", Bound.READS_NON_REACTIVE),
            Map.entry("non-reactif", Bound.READS_NON_REACTIVE),
            Map.entry("NR", Bound.READS_NON_REACTIVE));

    private static final String QUALIFIER_SUFFIX = "\\s*\\((qualifier value|valeur de qualificatif)\\)$";

    /** Clinical statuses of FHIR R4 Condition and AllergyIntolerance that are active ones. */
    private static final Set<String> ACTIVE_STATUSES = Set.of("active", "recurrence", "relapse");

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
    private final List<Stated> currentDose = new ArrayList<>();
    private final List<Stated> previousDose = new ArrayList<>();
    private final List<Stated> values = new ArrayList<>();
    private final List<Stated> latestValues = new ArrayList<>();
    private final List<Stated> lowLimits = new ArrayList<>();
    private final List<Stated> highLimits = new ArrayList<>();
    private final Map<String, String> unitForms = new HashMap<>();
    private final List<Long> periodDays = new ArrayList<>();
    private final Set<Bound> stated = EnumSet.noneOf(Bound.class);
    private final Set<Bound.Family> families = EnumSet.noneOf(Bound.Family.class);
    private final Set<String> labels = new HashSet<>();
    private final List<JudgedReading> readings = new ArrayList<>();
    private final String loinc;

    FactGrounds(Fact fact, Locale locale) {
        this.fact = fact;
        String code = null;
        switch (fact) {
            case AgendaItemFact item -> quotable.add(item.text());
            case MedicationFact medication -> medication(medication);
            case ResultFact result -> {
                names.add(result.name().english());
                names.add(result.name().french());
                code = result.code();
                result(result);
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
            case PatientContextFact context -> context(context, locale);
            case AllergyFact allergy -> {
                names.addAll(allergy.verbatim());
                state(Bound.ALLERGY);
                if (!allergy.reactions().isEmpty()) {
                    state(Bound.ALLERGY_REACTION);
                }
                status(allergy.clinicalStatus());
            }
            case ConditionFact condition -> {
                names.addAll(condition.verbatim());
                status(condition.clinicalStatus());
            }
            case RecordListFact list -> {
                names.addAll(list.verbatim());
                state(
                        switch (list.kind()) {
                            case ALLERGIES -> Bound.ALLERGY;
                            case ACTIVE_PROBLEMS, CURRENT_MEDICINES -> Bound.ACTIVE;
                        });
            }
            default -> names.addAll(fact.verbatim());
        }
        if (fact instanceof WellnessTrendFact trend && trend.measure() == WellnessMeasure.ACTIVE_ENERGY) {
            state(Bound.ACTIVE);
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

    private void medication(MedicationFact medication) {
        names.add(medication.medicine());
        addIfPresent(quotable, medication.dosage());
        addIfPresent(quotable, medication.previousDosage());
        List<Dose> doses = new ArrayList<>(medication.doses());
        doses.addAll(medication.previousDoses());
        if (medication.event() == MedicationEvent.DOSAGE_CHANGED) {
            medication.doses().forEach(dose -> doseNumbers(dose, currentDose));
            medication.previousDoses().forEach(dose -> doseNumbers(dose, previousDose));
        }
        for (Dose dose : doses) {
            addIfPresent(names, dose.route());
            if (dose.unit() != null && !dose.unit().isBlank()) {
                unitForms.putIfAbsent(Normalised.characters(dose.unit()), Units.canonical(dose.unit()));
            }
            if (Boolean.TRUE.equals(dose.asNeeded())) {
                state(Bound.AS_NEEDED);
            }
        }
        status(medication.status());
        if (medication.event() == MedicationEvent.ENTERED_IN_ERROR || "entered-in-error".equals(medication.status())) {
            state(Bound.ENTERED_IN_ERROR);
        }
    }

    private void result(ResultFact result) {
        reading(result.latest());
        latestValues.addAll(values);
        Set<Judgement> moved = EnumSet.noneOf(Judgement.class);
        result.judgements().stream().filter(FactGrounds::isDirection).forEach(moved::add);
        Set<Judgement> ofLatest = EnumSet.copyOf(Judgement.of(result.flag()));
        ofLatest.addAll(moved);
        readings.add(new JudgedReading(result.latest(), ofLatest));
        for (CriticalReading earlier : result.earlierCritical()) {
            reading(earlier.reading());
            readings.add(new JudgedReading(earlier.reading(), Judgement.of(earlier.flag())));
        }
        if (result.previous() != null) {
            reading(result.previous());
            Set<Judgement> ofPrevious = EnumSet.noneOf(Judgement.class);
            ofPrevious.addAll(moved);
            ofPrevious.addAll(sideOf(result.previous(), result.range()));
            result.earlierCritical().stream()
                    .filter(earlier ->
                            earlier.reading().entryId().equals(result.previous().entryId()))
                    .forEach(earlier -> ofPrevious.addAll(Judgement.of(earlier.flag())));
            readings.add(new JudgedReading(result.previous(), ofPrevious));
        }
        if (result.range() != null) {
            range(result.range());
            families.add(Bound.Family.PLACEMENT);
        }
        for (JudgedReading judged : readings) {
            if (judged.reading().isInWords()) {
                quotable.add(judged.reading().text());
                readAs(judged.reading().text());
            }
        }
        if (result.laboratoryFlag() != null) {
            readAs(result.laboratoryFlag());
        }
        if (result.basis() == ResultJudgement.Basis.UNDECIDED) {
            state(Bound.UNDECIDED);
        }
    }

    private static void doseNumbers(Dose dose, List<Stated> numbers) {
        if (dose.amount() != null) {
            numbers.add(new Stated(dose.amount(), Units.canonical(dose.unit()), 0));
        }
        if (dose.frequency() != null) {
            numbers.add(new Stated(BigDecimal.valueOf(dose.frequency()), "", 0));
        }
        if (dose.period() != null) {
            numbers.add(new Stated(dose.period(), dose.periodUnit() == null ? "" : dose.periodUnit(), 0));
        }
    }

    /** What a qualitative result's words, or its laboratory's presence code, let a sentence say it reads. */
    private void readAs(String words) {
        Bound reads = READ_AS.get(words);
        if (reads == null) {
            reads = READ_AS.get(
                    Folding.fold(words.strip()).replaceAll(QUALIFIER_SUFFIX, "").strip());
        }
        if (reads != null) {
            state(reads);
        }
    }

    private void context(PatientContextFact context, Locale locale) {
        Lexicon lexicon = Lexicon.of(locale);
        if (context.age() != null) {
            labels.addAll(lexicon.labelWords(Lexicon.Label.AGE));
        }
        if (context.sex() != null) {
            labels.addAll(lexicon.labelWords(Lexicon.Label.SEX));
            switch (context.sex()) {
                case "female" -> state(Bound.SEX_FEMALE);
                case "male" -> state(Bound.SEX_MALE);
                case "other" -> state(Bound.SEX_OTHER);
                default -> state(Bound.SEX_UNKNOWN);
            }
        }
    }

    private void status(String status) {
        if (status == null || status.isBlank()) {
            return;
        }
        families.add(Bound.Family.STATUS);
        if (ACTIVE_STATUSES.contains(status)) {
            state(Bound.ACTIVE);
        }
    }

    private void state(Bound bound) {
        stated.add(bound);
        families.add(bound.family());
    }

    private static boolean isDirection(Judgement judgement) {
        return judgement == Judgement.INCREASED || judgement == Judgement.DECREASED || judgement == Judgement.UNCHANGED;
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
        if (reading.isInWords()) {
            return;
        }
        values.add(new Stated(reading.value(), reading.unitKey(), reading.scale(), reading.comparator()));
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

    /** Whether the word labels a part of the patient's context this fact states ("age", "sexe"). */
    boolean labelledBy(String word) {
        return labels.contains(word);
    }

    /** The words that label what this fact states of the patient's context: its age, its sex. */
    Set<String> labels() {
        return labels;
    }

    /** What this fact states that only it lets a sentence say ({@link Bound}). */
    Set<Bound> stated() {
        return stated;
    }

    /** Whether it states anything of that family: a sex, the words a result reads in, a status... */
    boolean speaksOf(Bound.Family family) {
        return families.contains(family);
    }

    /** The numbers the fact states with their units: values, previous values, range limits, averages. */
    List<Stated> numbers() {
        return numbers;
    }

    /** Whether the fact is a change of a structured dosage, whose numbers belong to the dose now or the one before. */
    boolean changesDose() {
        return !currentDose.isEmpty() && !previousDose.isEmpty();
    }

    /** The numbers of the structured dosage now (dose, times per period, period), or of the one before. */
    List<Stated> doseNumbers(boolean now) {
        return now ? currentDose : previousDose;
    }

    /** Numbers written inside the fact's names, with the unit the name writes after them ("500 MG"). */
    List<Stated> nameNumbers() {
        return nameNumbers;
    }

    /**
     * The measured values (latest, critical ones before it, previous; the averages of a trend), for checking a
     * comparison with a number.
     */
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
     * Where a result's reading stood against its range, when the record gives both in one unit: what a judgement of a
     * reading other than the latest may say (a laboratory's flag is the latest reading's).
     */
    private static Set<Judgement> sideOf(Reading reading, RangeUsed range) {
        if (range == null
                || !reading.isExactNumber()
                || !Units.canonical(range.unit()).equals(reading.unitKey())) {
            return Set.of();
        }
        BigDecimal value = reading.value();
        boolean below = range.low() != null
                && (range.lowInclusive() ? value.compareTo(range.low()) < 0 : value.compareTo(range.low()) <= 0);
        boolean above = range.high() != null
                && (range.highInclusive() ? value.compareTo(range.high()) > 0 : value.compareTo(range.high()) >= 0);
        if (below) {
            return EnumSet.of(Judgement.BELOW_RANGE, Judgement.ABNORMAL);
        }
        if (above) {
            return EnumSet.of(Judgement.ABOVE_RANGE, Judgement.ABNORMAL);
        }
        return EnumSet.of(Judgement.WITHIN_RANGE);
    }

    /**
     * What the record supports of the reading a judgement at {@code position} speaks of: the reading its clause
     * ({@code from}..{@code to}) names nearest before it (else nearest after it), by its value or its date, judged
     * alone (the latest by its flag and direction, a critical one before it by its flag, the previous one by where it
     * stood); the fact's every judgement when the clause names none of its readings.
     */
    Set<Judgement> judgementsSpokenOf(
            List<CheckedText.NumberRead> numbers, List<Dates.Found> dates, int from, int position, int to) {
        if (readings.isEmpty()) {
            return fact.judgements();
        }
        List<Said> said = new ArrayList<>();
        for (CheckedText.NumberRead number : numbers) {
            said.add(new Said(
                    number.start(),
                    named(judged -> judged.reading().value() != null
                            && Numbers.writtenAs(
                                    number.value(),
                                    judged.reading().value(),
                                    judged.reading().scale()))));
        }
        for (Dates.Found date : dates) {
            said.add(new Said(
                    date.start(), named(judged -> date.names(judged.reading().date()))));
        }
        Said before = null;
        Said after = null;
        for (Said reading : said) {
            if (reading.readings().isEmpty()) {
                continue;
            }
            if (reading.start() >= from && reading.start() < position) {
                before = before == null || reading.start() > before.start() ? reading : before;
            } else if (reading.start() >= position && reading.start() < to) {
                after = after == null || reading.start() < after.start() ? reading : after;
            }
        }
        Said nearest = before != null ? before : after;
        if (nearest == null) {
            return fact.judgements();
        }
        Set<Judgement> judgements = EnumSet.noneOf(Judgement.class);
        nearest.readings().forEach(judged -> judgements.addAll(judged.judgements()));
        return judgements;
    }

    private List<JudgedReading> named(java.util.function.Predicate<JudgedReading> names) {
        return readings.stream().filter(names).toList();
    }

    /** The readings a sentence names at {@code start}, by a value or a date. */
    private record Said(int start, List<JudgedReading> readings) {}

    /** The LOINC code of a result, for the conversions its substance allows; null otherwise. */
    String loinc() {
        return loinc;
    }
}
