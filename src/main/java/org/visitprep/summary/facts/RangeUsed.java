package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.visitprep.lab.CatalogueSource;
import org.visitprep.lab.LabCatalogue;
import org.visitprep.lab.Limit;
import org.visitprep.lab.ReferenceRange;
import org.visitprep.summary.wording.Units;

/**
 * The range a result was compared with: a low limit, a high limit or both, each inclusive or not, in one unit, and
 * where it comes from (for a general range, the catalogue source's id, publisher and address).
 */
public record RangeUsed(
        BigDecimal low,
        boolean lowInclusive,
        BigDecimal high,
        boolean highInclusive,
        String unit,
        RangeBasis basis,
        String sourceId,
        String sourceName,
        String sourceUrl) {

    public RangeUsed {
        Objects.requireNonNull(basis, "basis");
        if (low == null && high == null) {
            throw new IllegalArgumentException("a range needs a low limit, a high limit or both");
        }
    }

    /** The range the lab judge used, with the first of its catalogue sources named for a general one. */
    static RangeUsed of(ReferenceRange range, LabCatalogue catalogue) {
        String sourceId = range.sourceId().map(ids -> ids.split(",")[0]).orElse(null);
        Optional<CatalogueSource> source = sourceId == null ? Optional.empty() : catalogue.source(sourceId);
        return new RangeUsed(
                range.low().map(Limit::value).orElse(null),
                range.low().map(Limit::inclusive).orElse(false),
                range.high().map(Limit::value).orElse(null),
                range.high().map(Limit::inclusive).orElse(false),
                range.unit(),
                range.isGeneral() ? RangeBasis.GENERAL_ADULT : RangeBasis.RECORD,
                sourceId,
                source.map(CatalogueSource::publisher).orElse(null),
                source.map(CatalogueSource::url).orElse(null));
    }

    List<FactNumber> numbers() {
        List<FactNumber> numbers = new ArrayList<>();
        String key = Units.canonical(unit);
        if (low != null) {
            numbers.add(new FactNumber(
                    low, key, Math.max(0, low.stripTrailingZeros().scale())));
        }
        if (high != null) {
            numbers.add(new FactNumber(
                    high, key, Math.max(0, high.stripTrailingZeros().scale())));
        }
        return numbers;
    }
}
