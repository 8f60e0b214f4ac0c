package org.visitprep.lab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ObservationDetail;

/**
 * Judges a result the one way VisitPrep does everywhere (the record screens and the visit summary), in this order:
 * <ol>
 *   <li>a critical limit of the catalogue that the value reached makes it critical, whatever else says;</li>
 *   <li>else the laboratory's own interpretation ({@code Observation.interpretation}, read by
 *       {@link LabInterpretation}) decides, for any test, catalogued or not;</li>
 *   <li>else the range its record gives, else the catalogue's general adult range for the person's sex;</li>
 *   <li>else, for a laboratory result given in words, the words themselves ("Positive", "Not detected").</li>
 * </ol>
 *
 * <p>A record range counts only when the record gives exactly one normal range with numbers: several (one for
 * women, one for men) without saying which applies are not guessed between. General ranges and critical limits are
 * adult ones and are not applied to a child's results, unless the record gives a range of its own. A value qualified
 * by a comparator ("&lt;0.35", "&gt;600") is flagged only where every value it may be falls on one side
 * ({@link BoundedValue}); otherwise it is {@linkplain ResultJudgement.Basis#UNDECIDED undecided}. A value whose unit
 * cannot be compared with the range's is not flagged by the range. Thread-safe.
 */
public final class ResultJudge {

    private static final String LABORATORY = "laboratory";

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
     * Judges an observation's own value (a number, or for a laboratory result a value in words), coded by its first
     * LOINC coding (else its first coding), with the laboratory's interpretation.
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
        ResultJudgement judged = judge(
                code,
                observation.quantity(),
                observation.referenceRanges(),
                observation.interpretations(),
                measuredOn,
                person);
        if (judged.basis() != ResultJudgement.Basis.NONE
                || observation.quantity() != null
                || !observation.isIn(LABORATORY)) {
            return judged;
        }
        return LabInterpretation.ofQualitativeValue(observation.textValue())
                .map(flag -> new ResultJudgement(null, flag, ResultJudgement.Basis.QUALITATIVE_VALUE, null, null))
                .orElse(judged);
    }

    /**
     * Judges one value without a flag from its laboratory: an observation's own or one of its components' (the
     * systolic pressure of a panel).
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
        return judge(code, value, recordRanges, List.of(), measuredOn, person);
    }

    /**
     * Judges one value with the laboratory's interpretation of it: a critical limit reached first, then the
     * laboratory's flag, then the range.
     *
     * @param interpretations the value's {@code interpretation} as the record gives it
     */
    public ResultJudgement judge(
            Coding code,
            org.visitprep.record.Quantity value,
            List<org.visitprep.record.ReferenceRange> recordRanges,
            List<Concept> interpretations,
            LocalDate measuredOn,
            TestedPerson person) {
        ResultJudgement measured = measured(code, value, recordRanges, measuredOn, person);
        Optional<LabInterpretation.Flagged> laboratory = LabInterpretation.of(interpretations);
        if (laboratory.isEmpty()) {
            return measured;
        }
        LabInterpretation.Flagged flagged = laboratory.get();
        if (measured.basis() == ResultJudgement.Basis.CRITICAL_LIMIT
                && !flagged.flag().isCritical()) {
            return measured.withLaboratoryCode(flagged.code());
        }
        return new ResultJudgement(
                measured.range(), flagged.flag(), ResultJudgement.Basis.LABORATORY_FLAG, flagged.code(), null);
    }

    /** How the value compares with its range and the catalogue's critical limits, without the laboratory's flag. */
    private ResultJudgement measured(
            Coding code,
            org.visitprep.record.Quantity value,
            List<org.visitprep.record.ReferenceRange> recordRanges,
            LocalDate measuredOn,
            TestedPerson person) {
        if (value == null || value.value() == null) {
            return ResultJudgement.NONE;
        }
        boolean bounded = value.comparator() != null;
        if (bounded && !BoundedValue.isBound(value.comparator())) {
            return ResultJudgement.NONE;
        }
        String unit = comparableUnit(value);
        Optional<LabTest> test = testOf(code);
        Optional<ReferenceRange> own = recordRange(recordRanges, unit);
        boolean adultRulesApply = own.isPresent() || (measuredOn != null && person.mayBeAdultOn(measuredOn));
        if (!adultRulesApply) {
            return ResultJudgement.NONE;
        }
        ReferenceRange range = own.orElseGet(
                () -> test.flatMap(t -> t.generalRangeFor(person.sex())).orElse(null));
        CriticalLimits critical = test.flatMap(LabTest::criticalLimits).orElse(null);
        Optional<LabFlag> flag = bounded
                ? new BoundedValue(value.value(), unit, value.comparator()).flag(range, critical)
                : Optional.of(LabFlag.of(new Quantity(value.value(), unit), range, critical));
        if (flag.isEmpty()) {
            return new ResultJudgement(range, LabFlag.UNKNOWN, ResultJudgement.Basis.UNDECIDED, null, null);
        }
        if (flag.get() == LabFlag.UNKNOWN) {
            return ResultJudgement.NONE;
        }
        if (flag.get().isCritical()) {
            return new ResultJudgement(
                    comparable(range, unit), flag.get(), ResultJudgement.Basis.CRITICAL_LIMIT, null, critical);
        }
        return new ResultJudgement(range, flag.get(), ResultJudgement.Basis.RANGE, null, null);
    }

    /** The range, if a value in this unit can be compared with it; a range in another unit says nothing. */
    private static ReferenceRange comparable(ReferenceRange range, String unit) {
        return range != null && UnitConversion.comparable(unit, range.unit()) ? range : null;
    }

    /** The unit to compare with ranges: the UCUM code when there is one, else the unit as written. */
    public static String comparableUnit(org.visitprep.record.Quantity value) {
        if (value.ucumCode() != null) {
            return value.ucumCode();
        }
        return value.unit() == null ? "" : value.unit();
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
