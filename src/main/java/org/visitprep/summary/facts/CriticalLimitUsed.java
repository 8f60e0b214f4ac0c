package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visitprep.lab.CatalogueSource;
import org.visitprep.lab.CriticalLimits;
import org.visitprep.lab.LabCatalogue;
import org.visitprep.lab.Limit;
import org.visitprep.summary.wording.Units;

/**
 * The catalogue's critical limits a result reached, with the laboratory that publishes them (every laboratory sets
 * its own): a low threshold, a high one or both, each inclusive or not, in one unit.
 */
public record CriticalLimitUsed(
        BigDecimal low,
        boolean lowInclusive,
        BigDecimal high,
        boolean highInclusive,
        String unit,
        String sourceId,
        String sourceName,
        String sourceUrl) {

    public CriticalLimitUsed {
        if (low == null && high == null) {
            throw new IllegalArgumentException("critical limits need a low threshold, a high one or both");
        }
    }

    static CriticalLimitUsed of(CriticalLimits limits, LabCatalogue catalogue) {
        Optional<CatalogueSource> source = catalogue.source(limits.sourceId());
        return new CriticalLimitUsed(
                limits.low().map(Limit::value).orElse(null),
                limits.low().map(Limit::inclusive).orElse(false),
                limits.high().map(Limit::value).orElse(null),
                limits.high().map(Limit::inclusive).orElse(false),
                limits.unit(),
                limits.sourceId(),
                source.map(CatalogueSource::publisher).orElse(null),
                source.map(CatalogueSource::url).orElse(null));
    }

    List<FactNumber> numbers() {
        List<FactNumber> numbers = new ArrayList<>();
        String key = Units.canonical(unit);
        for (BigDecimal limit : new BigDecimal[] {low, high}) {
            if (limit != null) {
                numbers.add(new FactNumber(
                        limit, key, Math.max(0, limit.stripTrailingZeros().scale())));
            }
        }
        return numbers;
    }
}
