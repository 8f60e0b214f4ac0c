package org.visitprep.web.patient.record;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.visitprep.lab.Limit;
import org.visitprep.lab.ReferenceRange;
import org.visitprep.lab.ResultJudge;
import org.visitprep.lab.ResultJudgement;
import org.visitprep.record.ObservationComponent;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.summary.wording.Numbers;

/** Writes a result's value and the range it was judged against as a person reads them. */
final class ResultTexts {

    private final ScreenLanguage language;

    ResultTexts(ScreenLanguage language) {
        this.language = language;
    }

    /** The value with its unit: a number, a text (a coded or written result), or a panel's components. */
    String valueOf(ObservationDetail observation, ResultJudgement judged) {
        if (observation.quantity() != null && observation.quantity().value() != null) {
            return judged(observation.quantity(), judged);
        }
        if (observation.textValue() != null && !observation.textValue().isBlank()) {
            return observation.textValue();
        }
        List<ObservationComponent> parts = observation.components().stream()
                .filter(part -> part.quantity() != null && part.quantity().value() != null)
                .toList();
        return parts.stream().map(part -> quantity(part.quantity())).collect(Collectors.joining(" / "));
    }

    String quantity(Quantity quantity) {
        return quantity(quantity, Numbers.displayScale(quantity.value()));
    }

    /**
     * The value judged against a range, with enough decimals that a value outside the range never reads as equal to
     * the limit it crossed (as the summary writes it).
     */
    String judged(Quantity quantity, ResultJudgement judged) {
        BigDecimal value = quantity.value();
        int scale = Numbers.displayScale(value);
        int own = Math.max(0, value.stripTrailingZeros().scale());
        while (judged.isOutOfRange()
                && judged.range() != null
                && scale < own
                && touchesLimit(Numbers.rounded(value, scale), judged.range())) {
            scale++;
        }
        return quantity(quantity, scale);
    }

    private String quantity(Quantity quantity, int scale) {
        String comparator = quantity.comparator() == null ? "" : quantity.comparator() + " ";
        String unit = unitOf(quantity);
        String number = language.number(quantity.value(), scale);
        return (comparator + number + (unit.isEmpty() ? "" : " " + unit)).strip();
    }

    private static boolean touchesLimit(BigDecimal shown, ReferenceRange range) {
        return range.low().filter(limit -> limit.value().compareTo(shown) == 0).isPresent()
                || range.high()
                        .filter(limit -> limit.value().compareTo(shown) == 0)
                        .isPresent();
    }

    /** The unit as the record wrote it for people, else its code. */
    static String unitOf(Quantity quantity) {
        if (quantity.unit() != null && !quantity.unit().isBlank()) {
            return quantity.unit();
        }
        return quantity.code() == null ? "" : quantity.code();
    }

    /**
     * The range with its unit, e.g. "3.5 – 5.0 mmol/L" or "below 5.7 %". The range's unit is written as the result
     * writes it when the two are the same unit.
     */
    String range(ReferenceRange range, Quantity result) {
        String unit = range.unit();
        if (result != null && unit.equals(ResultJudge.comparableUnit(result))) {
            unit = unitOf(result);
        }
        Limit low = range.low().orElse(null);
        Limit high = range.high().orElse(null);
        if (low != null && high != null) {
            return language.text("range.between", number(low.value()), number(high.value()), unit);
        }
        if (high != null) {
            return language.text(high.inclusive() ? "range.atMost" : "range.below", number(high.value()), unit);
        }
        return language.text(low.inclusive() ? "range.atLeast" : "range.above", number(low.value()), unit);
    }

    private String number(BigDecimal value) {
        return language.number(value);
    }
}
