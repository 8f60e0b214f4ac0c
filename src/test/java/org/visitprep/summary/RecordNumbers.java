package org.visitprep.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.visitprep.lab.AdministrativeSex;
import org.visitprep.lab.LabCatalogue;
import org.visitprep.lab.LabTest;
import org.visitprep.lab.Limit;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ConditionDetail;
import org.visitprep.record.EncounterDetail;
import org.visitprep.record.MedicationDetail;
import org.visitprep.record.ObservationComponent;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.Quantity;
import org.visitprep.record.ReferenceRange;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Folding;
import org.visitprep.summary.wording.Numbers;
import org.visitprep.summary.wording.Units;

/**
 * Re-derives, from the record entries a sentence cites (never from the facts), the numbers the sentence may state:
 * the entries' values and reference ranges, the catalogue's general ranges for their codes, numbers inside their
 * names, means of their values over the periods the sentence names, and the numbers the patient wrote in the agenda.
 * Then finds the numbers the sentence states that none of these explains.
 */
public final class RecordNumbers {

    private RecordNumbers() {}

    /** The numbers of the sentence no cited entry explains; empty when every number is grounded. */
    public static List<String> unexplained(
            SummarySentence sentence, PatientRecord record, Agenda agenda, Locale locale) {
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
