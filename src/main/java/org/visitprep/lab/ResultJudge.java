package org.visitprep.lab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.visitprep.record.Coding;
import org.visitprep.record.ObservationDetail;

/**
 * Judges a measured result the one way VisitPrep does everywhere (the record screens and the visit summary): against
 * the range its record gives, else against the catalogue's general adult range for the person's sex.
 *
 * <p>A record range counts only when the record gives exactly one normal range with numbers: several (one for
 * women, one for men) without saying which applies are not guessed between. General ranges are adult ranges and are
 * not applied to a child's results. A value qualified by a comparator ("&lt;0.35") is not that number and is not
 * judged, nor is a value whose unit cannot be compared with the range's. Thread-safe.
 */
public final class ResultJudge {

    private final LabCatalogue catalogue;

    public ResultJudge(LabCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** With the shipped catalogue. */
    public static ResultJudge standard() {
        return new ResultJudge(LabCatalogue.standard());
    }

    public LabCatalogue catalogue() {
        return catalogue;
    }

    /** The catalogue's test for a code, if the code is LOINC and catalogued. */
    public Optional<LabTest> testOf(Coding code) {
        return code != null && code.isFrom(Coding.LOINC) ? catalogue.find(code.code()) : Optional.empty();
    }

    /**
     * Judges an observation's own value, coded by its first LOINC coding (else its first coding).
     *
     * @param measuredOn the day of the result, as its record dates it
     */
    public ResultJudgement judge(ObservationDetail observation, LocalDate measuredOn, TestedPerson person) {
        Coding code = observation.code() == null
                ? null
                : observation
                        .code()
                        .codingFrom(Coding.LOINC)
                        .orElseGet(() -> observation.code().codings().stream()
                                .findFirst()
                                .orElse(null));
        return judge(code, observation.quantity(), observation.referenceRanges(), measuredOn, person);
    }

    /**
     * Judges one value: an observation's own or one of its components' (the systolic pressure of a panel).
     *
     * @param code what was measured, or null
     * @param value the value with its unit as the record holds it, or null
     * @param recordRanges the reference ranges the record gives with the value
     * @param measuredOn the day of the result, as its record dates it
     */
    public ResultJudgement judge(
            Coding code,
            org.visitprep.record.Quantity value,
            List<org.visitprep.record.ReferenceRange> recordRanges,
            LocalDate measuredOn,
            TestedPerson person) {
        if (value == null || value.value() == null || value.comparator() != null) {
            return ResultJudgement.NONE;
        }
        String unit = comparableUnit(value);
        Optional<LabTest> test = testOf(code);
        Quantity result = new Quantity(value.value(), unit);
        Optional<ReferenceRange> own = recordRange(recordRanges, unit);
        if (own.isPresent()) {
            LabFlag flag =
                    test.map(t -> t.flag(result, own.get())).orElseGet(() -> LabFlag.of(result, own.get(), null));
            return compared(own.get(), flag);
        }
        if (test.isEmpty() || measuredOn == null || !person.mayBeAdultOn(measuredOn)) {
            return ResultJudgement.NONE;
        }
        return test.get()
                .generalRangeFor(person.sex())
                .map(general -> compared(general, LabFlag.of(result, general, null)))
                .orElse(ResultJudgement.NONE);
    }

    /** The unit to compare with ranges: the UCUM code when there is one, else the unit as written. */
    public static String comparableUnit(org.visitprep.record.Quantity value) {
        if (value.ucumCode() != null) {
            return value.ucumCode();
        }
        return value.unit() == null ? "" : value.unit();
    }

    /** A range in a unit the result cannot be converted to says nothing about the result: it is left out. */
    private static ResultJudgement compared(ReferenceRange range, LabFlag flag) {
        return flag == LabFlag.UNKNOWN ? ResultJudgement.NONE : new ResultJudgement(range, flag);
    }

    private static Optional<ReferenceRange> recordRange(
            List<org.visitprep.record.ReferenceRange> ranges, String resultUnit) {
        List<org.visitprep.record.ReferenceRange> numeric = ranges.stream()
                .filter(ResultJudge::isNormal)
                .filter(range -> valueOf(range.low()) != null || valueOf(range.high()) != null)
                .toList();
        long distinct = numeric.stream()
                .map(range -> valueOf(range.low()) + "/" + valueOf(range.high()))
                .distinct()
                .count();
        if (distinct != 1) {
            return Optional.empty();
        }
        org.visitprep.record.ReferenceRange range = numeric.getFirst();
        BigDecimal low = valueOf(range.low());
        BigDecimal high = valueOf(range.high());
        if (low != null && high != null && low.compareTo(high) > 0) {
            return Optional.empty();
        }
        String unit = unitOf(range.low(), unitOf(range.high(), resultUnit));
        return Optional.of(ReferenceRange.ofRecord(
                low == null ? null : new Limit(low, true), high == null ? null : new Limit(high, true), unit));
    }

    private static boolean isNormal(org.visitprep.record.ReferenceRange range) {
        return range.type() == null
                || range.type().codings().isEmpty()
                || range.type().codings().stream().anyMatch(coding -> "normal".equals(coding.code()));
    }

    private static BigDecimal valueOf(org.visitprep.record.Quantity quantity) {
        return quantity == null ? null : quantity.value();
    }

    private static String unitOf(org.visitprep.record.Quantity quantity, String otherwise) {
        if (quantity == null) {
            return otherwise;
        }
        if (quantity.ucumCode() != null) {
            return quantity.ucumCode();
        }
        return quantity.unit() != null ? quantity.unit() : otherwise;
    }
}
