package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.visitprep.record.StructuredDosage;
import org.visitprep.summary.wording.Units;

/**
 * A dosage instruction as the record structures it (FHIR R4 {@code Dosage}): the dose and its unit, how many times
 * per period, the route, and whether it is taken only as needed. Two doses are the same when every part is, numbers
 * compared by value ({@code 1.0} is {@code 1}).
 *
 * @param amount the dose, or null
 * @param unit the dose's unit as the record writes it (else its code), or null
 * @param frequency how many times per period, or null
 * @param period the period's length, or null
 * @param periodUnit the period's UCUM unit of time ({@code h}, {@code d}, {@code wk}, {@code mo}, {@code a}), or null
 * @param route the route as the record names it, or null
 */
public record Dose(
        BigDecimal amount,
        String unit,
        Integer frequency,
        BigDecimal period,
        String periodUnit,
        String route,
        Boolean asNeeded) {

    static Dose of(StructuredDosage dosage) {
        String unit = null;
        if (dosage.dose() != null) {
            unit = dosage.dose().unit() != null && !dosage.dose().unit().isBlank()
                    ? dosage.dose().unit()
                    : dosage.dose().code();
        }
        String route = dosage.route() == null || dosage.route().label().isBlank()
                ? null
                : dosage.route().label();
        return new Dose(
                dosage.dose() == null ? null : dosage.dose().value(),
                unit,
                dosage.frequency(),
                dosage.period(),
                dosage.periodUnit(),
                route,
                dosage.asNeeded());
    }

    static List<Dose> of(List<StructuredDosage> dosages) {
        return dosages.stream().map(Dose::of).toList();
    }

    /** Whether two lists of instructions say the same, part by part. */
    static boolean same(List<Dose> one, List<Dose> other) {
        if (one.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (!one.get(i).sameAs(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    boolean sameAs(Dose other) {
        return sameNumber(amount, other.amount)
                && Objects.equals(Units.canonical(unit), Units.canonical(other.unit))
                && Objects.equals(frequency, other.frequency)
                && sameNumber(period, other.period)
                && Objects.equals(periodUnit, other.periodUnit)
                && Objects.equals(route, other.route)
                && Objects.equals(Boolean.TRUE.equals(asNeeded), Boolean.TRUE.equals(other.asNeeded));
    }

    List<FactNumber> numbers() {
        List<FactNumber> numbers = new ArrayList<>();
        if (amount != null) {
            numbers.add(new FactNumber(amount, Units.canonical(unit), 0));
        }
        if (frequency != null) {
            numbers.add(new FactNumber(BigDecimal.valueOf(frequency), "", 0));
        }
        if (period != null) {
            numbers.add(new FactNumber(period, periodUnit == null ? "" : periodUnit, 0));
        }
        return numbers;
    }

    List<String> verbatim() {
        List<String> texts = new ArrayList<>();
        if (unit != null) {
            texts.add(unit);
        }
        if (route != null) {
            texts.add(route);
        }
        return texts;
    }

    private static boolean sameNumber(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }
}
