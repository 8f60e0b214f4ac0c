package org.visitprep.summary.verify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/**
 * Every date and every number of a sentence, bound to the fact named beside it (see {@link CheckedText#boundAt}): a
 * date must be one of that fact's dates; a number, with the unit written after it, one of its values, previous values
 * or range limits (or a number its name writes), after a conversion its substance allows; a year, the year of one of
 * its dates; a duration ("3 years"), the age at the visit of the date written right before it ("12 March 2023 (3
 * years before this visit)"), else of one of its dates, or a number it states in that unit of time (an age, a dosage's
 * period), or the length of a period it averages; a count of a list's items left out ("and 12 more"), exactly that
 * count; a number of a structured dose change, one of the dose the sentence speaks of ("now", "before", "from",
 * "to", « désormais », « auparavant »), never the other's ("now 1 tablet; before 2 tablet" tells the change backwards).
 * A word right after a number that is neither a known unit nor a word the sentence may use is an unknown unit.
 * Numbers of free text (the patient's words, a dosage) were hidden with their exact quotation and are not seen here.
 */
final class NumbersAndDates {

    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

    /** Words after which a dose change's numbers are those of the dose now. */
    private static final java.util.Set<String> NOW =
            java.util.Set.of("now", "currently", "to", "desormais", "maintenant", "actuellement");

    /** Words after which a dose change's numbers are those of the dose before. */
    private static final java.util.Set<String> BEFORE =
            java.util.Set.of("before", "previously", "from", "earlier", "auparavant", "precedemment", "avant");

    /** What may stand between a date and the age that labels it: "12 March 2023 (3 years", "2023, 3 years". */
    private static final java.util.regex.Pattern DATE_THEN_AGE = java.util.regex.Pattern.compile("[\\s(,]*");

    private NumbersAndDates() {}

    static void check(CheckedText sentence) {
        if (sentence.work().chars().anyMatch(Character::isDigit)) {
            dates(sentence);
            numbers(sentence);
        }
    }

    private static void dates(CheckedText sentence) {
        for (Dates.Found date : Dates.read(sentence.work())) {
            List<FactGrounds> bound = sentence.boundAt(date.start());
            boolean stated =
                    bound.stream().flatMap(fact -> fact.dates().stream()).anyMatch(date::names);
            if (!stated) {
                sentence.found(FindingKind.DATE_NOT_IN_FACTS, sentence.text().substring(date.start(), date.end()));
            }
            sentence.read(date);
            sentence.blank(date.start(), date.end());
        }
    }

    private static void numbers(CheckedText sentence) {
        String work = sentence.work();
        for (Numbers.Found number : Numbers.read(work, sentence.locale())) {
            if (sentence.isBlank(number.start())) {
                continue;
            }
            List<FactGrounds> bound = sentence.boundAt(number.start());
            Unit unit = unitAt(sentence, bound, work, number.end());
            CheckedText.NumberRead read = new CheckedText.NumberRead(
                    number.start(), unit.end(), number.value(), unit.canonical(), unit.duration() != null);
            String written = sentence.text().substring(number.start(), unit.end());
            Optional<Words.Word> more = unit.canonical().isEmpty() && unit.duration() == null
                    ? listMoreAfter(sentence, work, number.end())
                    : Optional.empty();
            if (more.isPresent()) {
                String counted =
                        sentence.text().substring(number.start(), more.get().end());
                if (!isLeftOutCount(number.value(), bound)) {
                    sentence.found(FindingKind.NUMBER_NOT_IN_FACTS, counted);
                }
                sentence.read(read);
                sentence.blank(number.start(), more.get().end());
                continue;
            }
            if (unit.duration() != null) {
                Optional<Dates.Found> labelled = dateRightBefore(sentence, number.start());
                boolean holds = labelled.isPresent()
                        ? isAgeOf(number.value(), unit.duration(), labelled.get(), bound, sentence.visitDay())
                        : isAgeOrPeriod(number.value(), unit.duration(), bound, sentence.visitDay());
                if (!holds) {
                    sentence.found(FindingKind.NUMBER_NOT_IN_FACTS, written);
                }
            } else {
                if (unit.canonical().isEmpty()) {
                    unknownUnitAfter(sentence, number, work);
                }
                check(sentence, bound, read, written);
            }
            sentence.read(read);
            sentence.blank(number.start(), unit.end());
        }
    }

    private static void check(
            CheckedText sentence, List<FactGrounds> bound, CheckedText.NumberRead read, String written) {
        BigDecimal value = read.value();
        String unit = read.unit();
        if (isTheOtherDose(sentence, bound, read)) {
            sentence.found(FindingKind.NUMBER_NOT_IN_FACTS, written);
            return;
        }
        boolean sameValue = false;
        for (FactGrounds fact : bound) {
            for (FactGrounds.Stated stated : fact.numbers()) {
                boolean equal = Numbers.writtenAs(value, stated.value(), stated.scale());
                if (equal && (unit.isEmpty() || unit.equals(stated.unit()))) {
                    return;
                }
                sameValue |= equal;
                if (!unit.isEmpty() && converted(value, stated, unit, fact.loinc())) {
                    return;
                }
            }
            for (FactGrounds.Stated named : fact.nameNumbers()) {
                if (value.compareTo(named.value()) == 0 && (unit.isEmpty() || unit.equals(named.unit()))) {
                    return;
                }
            }
        }
        boolean year =
                unit.isEmpty() && isYear(value) && written.strip().chars().allMatch(Character::isDigit);
        if (year && isYearOf(value, bound)) {
            return;
        }
        if (sameValue) {
            sentence.found(FindingKind.UNIT_MISMATCH, written);
        } else if (year) {
            sentence.found(FindingKind.DATE_NOT_IN_FACTS, written);
        } else {
            sentence.found(FindingKind.NUMBER_NOT_IN_FACTS, written);
        }
    }

    /**
     * Whether a number of a structured dose change is the other dose's and not that of the dose the sentence speaks of
     * there: the last "now" or "before" word before it says which (one right before a date says when, not which).
     */
    private static boolean isTheOtherDose(CheckedText sentence, List<FactGrounds> bound, CheckedText.NumberRead read) {
        List<FactGrounds> changes =
                bound.stream().filter(FactGrounds::changesDose).toList();
        if (changes.isEmpty()) {
            return false;
        }
        Boolean now = null;
        for (Words.Word word : Words.of(sentence.text().substring(0, read.start()))) {
            boolean side = NOW.contains(word.text()) || BEFORE.contains(word.text());
            if (side && !beforeADate(sentence, word.end())) {
                now = NOW.contains(word.text());
            }
        }
        if (now == null) {
            return false;
        }
        for (FactGrounds change : changes) {
            if (states(change.doseNumbers(now), read)) {
                return false;
            }
        }
        boolean sides = now;
        return changes.stream().anyMatch(change -> states(change.doseNumbers(!sides), read));
    }

    private static boolean beforeADate(CheckedText sentence, int end) {
        return sentence.dates().stream()
                .anyMatch(date -> date.start() >= end
                        && sentence.text().substring(end, date.start()).isBlank());
    }

    private static boolean states(List<FactGrounds.Stated> numbers, CheckedText.NumberRead read) {
        return numbers.stream()
                .anyMatch(stated -> read.value().compareTo(stated.value()) == 0
                        && (read.unit().isEmpty() || read.unit().equals(stated.unit())));
    }

    /** Whether the written value is the fact's value converted to the written unit, to the precision written. */
    private static boolean converted(BigDecimal written, FactGrounds.Stated stated, String unit, String loinc) {
        Optional<BigDecimal> converted = UnitConversions.convert(stated.value(), stated.unit(), unit, loinc);
        if (converted.isEmpty()) {
            return false;
        }
        BigDecimal exact = converted.get();
        int scale = Math.max(0, written.scale());
        if (exact.setScale(scale, RoundingMode.HALF_UP).compareTo(written) != 0) {
            return false;
        }
        return exact.signum() == 0
                || written.subtract(exact).abs().compareTo(exact.abs().multiply(ONE_PERCENT)) <= 0;
    }

    /**
     * "and 12 more", "et 12 de plus": the count must be how many items a list the sentence names leaves out. Returns
     * the last word of the phrase after the number, if one stands there.
     */
    private static Optional<Words.Word> listMoreAfter(CheckedText sentence, String work, int end) {
        List<Words.Word> after = new java.util.ArrayList<>();
        int at = end;
        while (after.size() < 3) {
            while (at < work.length() && work.charAt(at) == ' ') {
                at++;
            }
            Optional<Words.Word> word = Words.at(work, at);
            if (word.isEmpty()) {
                break;
            }
            after.add(word.get());
            at = word.get().end();
        }
        if (after.isEmpty() || after.getFirst().start() > end + 1) {
            return Optional.empty();
        }
        List<String> texts = after.stream().map(Words.Word::text).toList();
        return sentence.lexicon()
                .phraseAt(texts, 0, Lexicon.Kind.LIST_MORE)
                .map(phrase -> after.get(phrase.words().size() - 1));
    }

    private static boolean isLeftOutCount(BigDecimal value, List<FactGrounds> bound) {
        return bound.stream()
                .map(FactGrounds::fact)
                .filter(org.visitprep.summary.facts.RecordListFact.class::isInstance)
                .map(org.visitprep.summary.facts.RecordListFact.class::cast)
                .anyMatch(list -> list.notShown() > 0 && value.compareTo(BigDecimal.valueOf(list.notShown())) == 0);
    }

    /** The date written right before a duration, with nothing but blanks, a bracket or a comma between. */
    private static Optional<Dates.Found> dateRightBefore(CheckedText sentence, int start) {
        Dates.Found last = null;
        for (Dates.Found date : sentence.dates()) {
            if (date.end() <= start) {
                last = date;
            }
        }
        if (last == null
                || !DATE_THEN_AGE
                        .matcher(sentence.text().substring(last.end(), start))
                        .matches()) {
            return Optional.empty();
        }
        return Optional.of(last);
    }

    /** Whether the duration is the age at the visit of the date it labels, a date of a bound fact. */
    private static boolean isAgeOf(
            BigDecimal value, ChronoUnit unit, Dates.Found labelled, List<FactGrounds> bound, LocalDate visitDay) {
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            return false;
        }
        long count = value.longValueExact();
        return bound.stream()
                .flatMap(fact -> fact.dates().stream())
                .filter(labelled::names)
                .anyMatch(date ->
                        count == unit.between(date, visitDay) || count == Math.round(ageIn(date, visitDay, unit)));
    }

    private static boolean isAgeOrPeriod(
            BigDecimal value, ChronoUnit unit, List<FactGrounds> bound, LocalDate visitDay) {
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            return false;
        }
        long count = value.longValueExact();
        for (FactGrounds fact : bound) {
            for (LocalDate date : fact.dates()) {
                if (count == unit.between(date, visitDay) || count == Math.round(ageIn(date, visitDay, unit))) {
                    return true;
                }
            }
            if (unit == ChronoUnit.DAYS && fact.periodDays().contains(count)) {
                return true;
            }
            String ucum = ucumOf(unit);
            boolean stated = fact.numbers().stream()
                    .anyMatch(number ->
                            number.unit().equals(ucum) && number.value().compareTo(value) == 0);
            if (stated) {
                return true;
            }
        }
        return false;
    }

    /** The UCUM code of a unit of time, as facts state ages and periods. */
    private static String ucumOf(ChronoUnit unit) {
        return switch (unit) {
            case YEARS -> "a";
            case MONTHS -> "mo";
            case WEEKS -> "wk";
            default -> "d";
        };
    }

    /** The age of a date at the visit in a unit, with its fraction (365.25 days a year, 30.44 a month): for rounding. */
    private static double ageIn(LocalDate date, LocalDate visitDay, ChronoUnit unit) {
        double days = ChronoUnit.DAYS.between(date, visitDay);
        return switch (unit) {
            case YEARS -> days / 365.25;
            case MONTHS -> days / 30.44;
            case WEEKS -> days / 7;
            default -> days;
        };
    }

    private static boolean isYear(BigDecimal value) {
        return value.scale() <= 0
                && value.signum() > 0
                && value.compareTo(BigDecimal.valueOf(1800)) >= 0
                && value.compareTo(BigDecimal.valueOf(2199)) <= 0;
    }

    private static boolean isYearOf(BigDecimal value, List<FactGrounds> bound) {
        return bound.stream()
                .flatMap(fact -> fact.dates().stream())
                .anyMatch(date -> date.getYear() == value.intValue());
    }

    /** What is written right after a number: a unit one of the cited facts writes, any known unit, or a duration. */
    private record Unit(String canonical, int end, ChronoUnit duration) {}

    private static Unit unitAt(CheckedText sentence, List<FactGrounds> bound, String work, int position) {
        int start = position;
        while (start < work.length() && work.charAt(start) == ' ') {
            start++;
        }
        String longest = null;
        String canonical = null;
        for (FactGrounds fact : sentence.cited()) {
            for (String form : fact.unitFormTexts()) {
                if ((longest == null || form.length() > longest.length())
                        && work.startsWith(form, start)
                        && endsUnit(work, start + form.length(), form)) {
                    longest = form;
                    canonical = fact.unitOf(form).orElseThrow();
                }
            }
        }
        if (longest != null) {
            return new Unit(canonical, start + longest.length(), null);
        }
        Optional<Units.Found> known = Units.at(work, position);
        if (known.isPresent()) {
            return new Unit(known.get().canonical(), known.get().end(), null);
        }
        Optional<Words.Word> after = Words.at(work, start);
        if (after.isPresent()) {
            Optional<Lexicon.Phrase> duration =
                    sentence.lexicon().phraseAt(List.of(after.get().text()), 0, Lexicon.Kind.DURATION);
            if (duration.isPresent()) {
                return new Unit("", after.get().end(), duration.get().duration());
            }
        }
        return new Unit("", position, null);
    }

    private static boolean endsUnit(String text, int end, String form) {
        return end >= text.length()
                || !Character.isLetterOrDigit(form.charAt(form.length() - 1))
                || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** A word right after a unitless number that the sentence may not use is taken for a unit no record writes. */
    private static void unknownUnitAfter(CheckedText sentence, Numbers.Found number, String work) {
        int start = number.end();
        if (start < work.length() && work.charAt(start) == ' ') {
            start++;
        }
        List<Words.Word> after = Words.of(work.substring(start));
        if (after.isEmpty() || after.getFirst().start() != 0) {
            return;
        }
        Words.Word word = after.getFirst();
        if (!Vocabulary.allows(sentence, word.text())) {
            sentence.found(FindingKind.UNKNOWN_UNIT, sentence.text().substring(number.start(), start + word.end()));
            sentence.blank(start, start + word.end());
        }
    }
}
