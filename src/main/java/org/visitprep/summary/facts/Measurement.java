package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ObservationComponent;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.ReferenceRange;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.wording.Numbers;

/**
 * One numeric value of an observation: its own value, or one component's (the systolic pressure of a blood
 * pressure panel). Values qualified by a comparator ("&lt;0.35") are not measurements: they are not that number.
 *
 * @param series what makes two measurements comparable: the observation's code, and the component's for a component
 * @param panel the observation's code
 * @param code the measured thing's code (the component's, for a component)
 */
record Measurement(
        StoredEntry entry,
        String series,
        Coding panel,
        Coding code,
        Concept concept,
        Quantity quantity,
        List<ReferenceRange> ranges,
        LocalDate date) {

    private static final Set<String> NOT_RESULTS = Set.of("entered-in-error", "cancelled");

    static List<Measurement> of(StoredEntry entry) {
        if (!(entry.detail() instanceof ObservationDetail observation)
                || entry.effective() == null
                || (observation.status() != null && NOT_RESULTS.contains(observation.status()))) {
            return List.of();
        }
        Coding panel = primaryCoding(observation.code());
        if (panel == null) {
            return List.of();
        }
        LocalDate date = entry.effective().start().date();
        List<Measurement> found = new ArrayList<>();
        String panelKey = key(panel);
        if (isNumber(observation.quantity())) {
            found.add(new Measurement(
                    entry,
                    panelKey,
                    panel,
                    panel,
                    observation.code(),
                    observation.quantity(),
                    observation.referenceRanges(),
                    date));
        }
        for (ObservationComponent component : observation.components()) {
            Coding code = primaryCoding(component.code());
            if (code != null && isNumber(component.quantity())) {
                found.add(new Measurement(
                        entry,
                        panelKey + "#" + key(code),
                        panel,
                        code,
                        component.code(),
                        component.quantity(),
                        component.referenceRanges(),
                        date));
            }
        }
        return found;
    }

    /** The first LOINC coding, else the first coding, else null. */
    static Coding primaryCoding(Concept concept) {
        if (concept == null) {
            return null;
        }
        return concept.codingFrom(Coding.LOINC)
                .orElseGet(() -> concept.codings().stream().findFirst().orElse(null));
    }

    static String key(Coding coding) {
        return coding.system() + "|" + coding.code();
    }

    boolean isLoinc() {
        return code.isFrom(Coding.LOINC);
    }

    Reading reading() {
        return reading(Numbers.displayScale(quantity.value()));
    }

    Reading reading(int scale) {
        return new Reading(entry.id(), quantity.value(), quantity.unit(), quantity.ucumCode(), scale, date);
    }

    private static boolean isNumber(Quantity quantity) {
        return quantity != null && quantity.value() != null && quantity.comparator() == null;
    }
}
