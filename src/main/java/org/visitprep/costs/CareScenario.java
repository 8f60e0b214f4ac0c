package org.visitprep.costs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The three patterns of care every plan is priced for, all built from the chosen period's own services (in one
 * currency, in date order):
 * <ul>
 *   <li>{@link #AS_IT_WAS}: the period's services;</li>
 *   <li>{@link #LIGHTER}: the same without its largest episode (the bill with the largest amount);</li>
 *   <li>{@link #HEAVIER}: the same with its largest episode happening a second time.</li>
 * </ul>
 */
public enum CareScenario {
    AS_IT_WAS,
    LIGHTER,
    HEAVIER;

    /** The services of this scenario, in date order. */
    public List<PricedLine> services(CareYear year, String currency) {
        List<PricedLine> services = year.linesIn(currency);
        Optional<Integer> largest = year.largestBill(currency);
        if (this == AS_IT_WAS || largest.isEmpty()) {
            return services;
        }
        int bill = largest.get();
        if (this == LIGHTER) {
            return services.stream().filter(line -> line.bill() != bill).toList();
        }
        List<PricedLine> heavier = new ArrayList<>(services);
        services.stream().filter(line -> line.bill() == bill).forEach(heavier::add);
        heavier.sort(Comparator.comparing(PricedLine::date));
        return heavier;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
