package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.visitprep.lab.AnalyteGroups;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ObservationComponent;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.ReferenceRange;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.wording.Numbers;

/**
 * One value of an observation: its own value, or one component's (the systolic pressure of a blood pressure panel).
 * A value is a number, possibly qualified by a comparator ("&lt;0.35", "&gt;600"), or for a laboratory result with no
 * number its words ("Positive"); components count only as numbers.
 *
 * @param series what makes two measurements comparable: the observation's code (equivalent codes of one analyte
 *     share one, {@link AnalyteGroups}), and the component's for a component
 * @param panel the observation's code
 * @param code the measured thing's code (the component's, for a component)
 * @param interpretations the laboratory's interpretation of the value (the observation's, for its own value)
 * @param text the value in words, for a qualitative result; else null
 */
record Measurement(
        StoredEntry entry,
        String series,
        Coding panel,
        Coding code,
        Concept concept,
        Quantity quantity,
        List<ReferenceRange> ranges,
        List<Concept> interpretations,
        String text,
        LocalDate date) {

    private static final Set<String> NOT_RESULTS = Set.of("entered-in-error", "cancelled");
    private static final String LABORATORY = "laboratory";
    private static final Set<String> BOUNDS = Set.of("<", "<=", ">=", ">");

    static List<Measurement> of(StoredEntry entry, AnalyteGroups groups) {
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
        String panelKey = groups.seriesKey(panel);
        boolean inWords = observation.quantity() == null
                && observation.components().isEmpty()
                && observation.isIn(LABORATORY)
                && observation.textValue() != null
                && !observation.textValue().isBlank();
        if (isNumber(observation.quantity()) || inWords) {
            found.add(new Measurement(
                    entry,
                    panelKey,
                    panel,
                    panel,
                    observation.code(),
                    inWords ? null : observation.quantity(),
                    observation.referenceRanges(),
                    observation.interpretations(),
                    inWords ? observation.textValue().strip() : null,
                    date));
        }
        for (ObservationComponent component : observation.components()) {
            Coding code = primaryCoding(component.code());
            if (code != null && isNumber(component.quantity())) {
                found.add(new Measurement(
                        entry,
                        panelKey + "#" + groups.seriesKey(code),
                        panel,
                        code,
                        component.code(),
                        component.quantity(),
                        component.referenceRanges(),
                        List.of(),
                        null,
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

    boolean isComponent() {
        return series.indexOf('#') >= 0;
    }

    /** Whether the value is a number with no comparator, which a change can be measured on. */
    boolean isExactNumber() {
        return quantity != null && quantity.comparator() == null;
    }

    Reading reading() {
        return reading(quantity == null ? 0 : Numbers.displayScale(quantity.value()));
    }

    Reading reading(int scale) {
        if (quantity == null) {
            return new Reading(entry.id(), null, null, null, 0, date, null, text);
        }
        return new Reading(
                entry.id(),
                quantity.value(),
                quantity.unit(),
                quantity.ucumCode(),
                scale,
                date,
                quantity.comparator(),
                null);
    }

    /** A number, plain or bounded; FHIR's {@code ad} ("sufficient to achieve") is no bound and not read. */
    private static boolean isNumber(Quantity quantity) {
        return quantity != null
                && quantity.value() != null
                && (quantity.comparator() == null || BOUNDS.contains(quantity.comparator()));
    }
}
