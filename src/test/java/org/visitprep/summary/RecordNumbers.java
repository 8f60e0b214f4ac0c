package org.visitprep.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.visitprep.lab.AdministrativeSex;
import org.visitprep.lab.LabCatalogue;
import org.visitprep.lab.LabTest;
import org.visitprep.lab.Limit;
import org.visitprep.record.AllergyDetail;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.EncounterDetail;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.ObservationComponent;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.PatientDetail;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.Quantity;
import org.visitprep.record.ReferenceRange;
import org.visitprep.record.StoredEntry;
import org.visitprep.record.StructuredDosage;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Folding;
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/**
 * Re-derives, from the record entries a sentence cites (never from the facts), the numbers the sentence may state:
 * the entries' values and reference ranges, the catalogue's general ranges and critical limits for their codes,
 * numbers inside their names, their structured dosages, means of their values over the periods the sentence names,
 * the patient's age on the visit day, how long before the visit each date the sentence writes lies, how many of the
 * cited items a list leaves unnamed, and the numbers the patient wrote in the agenda. Then finds the numbers the
 * sentence states that none of these explains.
 */
public final class RecordNumbers {

    private RecordNumbers() {}

    /** The numbers of the sentence no cited entry explains, for a visit on {@code visitDay}. */
    public static List<String> unexplained(
            SummarySentence sentence, PatientRecord record, Agenda agenda, Locale locale, LocalDate visitDay) {
        return unexplained(sentence, record, agenda, locale, Optional.of(visitDay));
    }

    /** The numbers of the sentence no cited entry explains; empty when every number is grounded. */
    public static List<String> unexplained(
            SummarySentence sentence, PatientRecord record, Agenda agenda, Locale locale) {
        return unexplained(sentence, record, agenda, locale, Optional.empty());
    }

    private static List<String> unexplained(
            SummarySentence sentence, PatientRecord record, Agenda agenda, Locale locale, Optional<LocalDate> visit) {
        List<StoredEntry> cited = sentence.entryIds().stream()
                .map(id -> record.entry(id).orElseThrow(() -> new AssertionError("cites a missing entry " + id)))
                .toList();
        List<String> texts = new ArrayList<>();
        List<BigDecimal> candidates = new ArrayList<>();
        for (StoredEntry entry : cited) {
            collect(entry, candidates, texts);
        }
        agenda.items().forEach(item -> texts.add(item.text()));
        String folded = Folding.fold(sentence.patientText());
        char[] masked = folded.toCharArray();
        List<Dates.Found> dates = Dates.read(folded);
        for (Dates.Found date : dates) {
            Arrays.fill(masked, date.start(), date.end(), ' ');
        }
        for (String text : texts) {
            String needle = Folding.fold(text).strip();
            for (int at = needle.length() < 3 ? -1 : folded.indexOf(needle);
                    at >= 0;
                    at = folded.indexOf(needle, at + 1)) {
                Arrays.fill(masked, at, at + needle.length(), ' ');
            }
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                Numbers.read(text, language).forEach(found -> candidates.add(found.value()));
            }
        }
        candidates.addAll(means(cited, dates));
        visit.ifPresent(visitDay -> {
            candidates.addAll(ages(cited, visitDay));
            for (Dates.Found date : dates) {
                date.dates().forEach(day -> candidates.add(BigDecimal.valueOf(beforeVisit(day, visitDay))));
            }
        });
        candidates.addAll(unnamed(cited, folded));
        String plain = new String(masked);
        List<String> unexplained = new ArrayList<>();
        int consumed = 0;
        for (Numbers.Found number : Numbers.read(plain, locale)) {
            if (number.start() < consumed) {
                continue;
            }
            consumed = Units.at(plain, number.end()).map(Units.Found::end).orElse(number.end());
            boolean explained = candidates.stream()
                    .anyMatch(value -> Numbers.writtenAs(number.value(), value, Numbers.displayScale(value)));
            if (!explained) {
                unexplained.add(plain.substring(number.start(), consumed).strip());
            }
        }
        return unexplained;
    }

    private static void collect(StoredEntry entry, List<BigDecimal> candidates, List<String> texts) {
        switch (entry.detail()) {
            case ObservationDetail observation -> {
                add(observation.quantity(), candidates);
                ranges(observation.referenceRanges(), candidates);
                general(observation.code(), candidates, texts);
                label(observation.code(), texts);
                if (observation.textValue() != null) {
                    texts.add(observation.textValue());
                }
                for (ObservationComponent component : observation.components()) {
                    add(component.quantity(), candidates);
                    ranges(component.referenceRanges(), candidates);
                    general(component.code(), candidates, texts);
                    label(component.code(), texts);
                }
            }
            case MedicationDetail medication -> {
                label(medication.medication(), texts);
                if (medication.dosageText() != null) {
                    texts.add(medication.dosageText());
                }
                for (StructuredDosage dosage : medication.dosages()) {
                    add(dosage.dose(), candidates);
                    if (dosage.frequency() != null) {
                        candidates.add(BigDecimal.valueOf(dosage.frequency()));
                    }
                    if (dosage.period() != null) {
                        candidates.add(dosage.period());
                    }
                    label(dosage.route(), texts);
                }
            }
            case AllergyDetail allergy -> {
                label(allergy.substance(), texts);
                allergy.reactions()
                        .forEach(reaction -> reaction.manifestations().forEach(m -> label(m, texts)));
            }
            case ConditionDetail condition -> label(condition.code(), texts);
            case EncounterDetail encounter -> {
                encounter.types().forEach(type -> label(type, texts));
                encounter.reasons().forEach(reason -> label(reason, texts));
            }
            default -> {
                // other kinds carry no number a sentence states
            }
        }
    }

    /** The patient's age in whole years on the visit day, from each cited Patient entry's birth date. */
    private static List<BigDecimal> ages(List<StoredEntry> cited, LocalDate visitDay) {
        List<BigDecimal> ages = new ArrayList<>();
        for (StoredEntry entry : cited) {
            if (entry.detail() instanceof PatientDetail patient && patient.birthDate() != null) {
                ages.add(BigDecimal.valueOf(
                        Period.between(patient.birthDate(), visitDay).getYears()));
            }
        }
        return ages;
    }

    /** How long before the visit a date lies: whole years from one, else whole months from one, else days. */
    private static long beforeVisit(LocalDate day, LocalDate visitDay) {
        Period before = Period.between(day, visitDay);
        if (before.getYears() >= 1) {
            return before.getYears();
        }
        return before.toTotalMonths() >= 1 ? before.toTotalMonths() : ChronoUnit.DAYS.between(day, visitDay);
    }

    /**
     * For a list of cited conditions, medicines or allergies, how many the sentence leaves unnamed: a list names its
     * first items, in the order it cites them, and counts the others.
     */
    private static List<BigDecimal> unnamed(List<StoredEntry> cited, String folded) {
        if (cited.size() < 2) {
            return List.of();
        }
        int named = 0;
        int from = 0;
        for (StoredEntry entry : cited) {
            Concept concept = switch (entry.detail()) {
                case ConditionDetail condition -> condition.code();
                case MedicationDetail medication -> medication.medication();
                case AllergyDetail allergy -> allergy.substance();
                default -> null;
            };
            if (concept == null) {
                return List.of();
            }
            String name = Folding.fold(concept.label())
                    .replaceAll("\\s*\\([a-z ]+\\)\\s*$", "")
                    .strip();
            int at = name.isEmpty() ? -1 : folded.indexOf(name, from);
            if (at < 0) {
                break;
            }
            named++;
            from = at + name.length();
        }
        return List.of(BigDecimal.valueOf(cited.size()), BigDecimal.valueOf(cited.size() - named));
    }

    /** The mean of the cited values over each period the sentence names as a pair of dates. */
    private static List<BigDecimal> means(List<StoredEntry> cited, List<Dates.Found> dates) {
        List<BigDecimal> means = new ArrayList<>();
        for (int i = 0; i + 1 < dates.size(); i += 2) {
            if (dates.get(i).dates().isEmpty() || dates.get(i + 1).dates().isEmpty()) {
                continue;
            }
            LocalDate from = dates.get(i).dates().getFirst();
            LocalDate to = dates.get(i + 1).dates().getFirst();
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (StoredEntry entry : cited) {
                if (entry.detail() instanceof ObservationDetail observation && observation.quantity() != null) {
                    LocalDate day = entry.effective().start().date();
                    if (!day.isBefore(from) && !day.isAfter(to)) {
                        sum = sum.add(observation.quantity().value());
                        count++;
                    }
                }
            }
            if (count > 0) {
                means.add(sum.divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP));
            }
        }
        return means;
    }

    private static void general(Concept code, List<BigDecimal> candidates, List<String> texts) {
        if (code == null) {
            return;
        }
        code.codingFrom(Coding.LOINC)
                .flatMap(loinc -> LabCatalogue.standard().find(loinc.code()))
                .ifPresent(test -> {
                    for (AdministrativeSex sex : AdministrativeSex.values()) {
                        test.generalRangeFor(sex).ifPresent(range -> {
                            range.low().map(Limit::value).ifPresent(candidates::add);
                            range.high().map(Limit::value).ifPresent(candidates::add);
                        });
                    }
                    test.criticalLimits().ifPresent(critical -> {
                        critical.low().map(Limit::value).ifPresent(candidates::add);
                        critical.high().map(Limit::value).ifPresent(candidates::add);
                    });
                    names(test, texts);
                });
    }

    private static void names(LabTest test, List<String> texts) {
        texts.add(test.name(Locale.ENGLISH));
        texts.add(test.name(Locale.FRENCH));
    }

    private static void ranges(List<ReferenceRange> ranges, List<BigDecimal> candidates) {
        for (ReferenceRange range : ranges) {
            add(range.low(), candidates);
            add(range.high(), candidates);
        }
    }

    private static void add(Quantity quantity, List<BigDecimal> candidates) {
        if (quantity != null && quantity.value() != null) {
            candidates.add(quantity.value());
        }
    }

    private static void label(Concept concept, List<String> texts) {
        if (concept != null && !concept.label().isBlank()) {
            texts.add(concept.label());
        }
    }
}
