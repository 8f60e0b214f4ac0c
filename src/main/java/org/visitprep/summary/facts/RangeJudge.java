package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.visitprep.lab.CatalogueSource;
import org.visitprep.lab.LabCatalogue;
import org.visitprep.lab.LabFlag;
import org.visitprep.lab.LabTest;
import org.visitprep.lab.Limit;
import org.visitprep.lab.Quantity;
import org.visitprep.lab.ReferenceRange;
import org.visitprep.record.Coding;

/**
 * Compares a measurement with the range its record gives, else with the catalogue's general adult range for the
 * patient's sex. A record range counts only when the record gives exactly one normal range with numbers: several
 * (one for women, one for men) without saying which applies are not guessed between. General ranges are adult
 * ranges and are not applied to a child's results.
 */
final class RangeJudge {

    private final LabCatalogue catalogue;
    private final PatientFacts patient;

    RangeJudge(LabCatalogue catalogue, PatientFacts patient) {
        this.catalogue = catalogue;
        this.patient = patient;
    }

    Judgement judge(Measurement measurement) {
        Optional<LabTest> test = testOf(measurement.code());
        Quantity result = new Quantity(measurement.quantity().value(), measurement.comparableUnit());
        Optional<ReferenceRange> own = recordRange(measurement);
        if (own.isPresent()) {
            LabFlag flag =
                    test.map(t -> t.flag(result, own.get())).orElseGet(() -> LabFlag.of(result, own.get(), null));
            return compared(used(own.get(), RangeBasis.RECORD), flag);
        }
        if (test.isEmpty() || !patient.mayBeAdultOn(measurement.date())) {
            return Judgement.NONE;
        }
        Optional<ReferenceRange> general = test.get().generalRangeFor(patient.sex());
        if (general.isEmpty()) {
            return Judgement.NONE;
        }
        return compared(used(general.get(), RangeBasis.GENERAL_ADULT), LabFlag.of(result, general.get(), null));
    }

    /** A range in a unit the result cannot be converted to says nothing about the result: it is left out. */
    private static Judgement compared(RangeUsed range, LabFlag flag) {
        return flag == LabFlag.UNKNOWN ? Judgement.NONE : new Judgement(range, flag);
    }

    Optional<LabTest> testOf(Coding code) {
        return code.isFrom(Coding.LOINC) ? catalogue.find(code.code()) : Optional.empty();
    }

    private static Optional<ReferenceRange> recordRange(Measurement measurement) {
        List<org.visitprep.record.ReferenceRange> numeric = measurement.ranges().stream()
                .filter(RangeJudge::isNormal)
                .filter(range -> valueOf(range.low()) != null || valueOf(range.high()) != null)
                .toList();
        long distinct = numeric.stream()
                .map(range -> String.valueOf(valueOf(range.low())) + "/" + valueOf(range.high()))
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
        String unit = unitOf(range.low(), unitOf(range.high(), measurement.comparableUnit()));
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

    private RangeUsed used(ReferenceRange range, RangeBasis basis) {
        String sourceId = range.sourceId().map(ids -> ids.split(",")[0]).orElse(null);
        Optional<CatalogueSource> source = sourceId == null ? Optional.empty() : catalogue.source(sourceId);
        return new RangeUsed(
                range.low().map(Limit::value).orElse(null),
                range.low().map(Limit::inclusive).orElse(false),
                range.high().map(Limit::value).orElse(null),
                range.high().map(Limit::inclusive).orElse(false),
                range.unit(),
                basis,
                sourceId,
                source.map(CatalogueSource::publisher).orElse(null),
                source.map(CatalogueSource::url).orElse(null));
    }
}
