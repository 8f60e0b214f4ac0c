package org.visitprep.record;

import java.util.List;

/**
 * An observation's values: its code, categories ({@code laboratory}, {@code vital-signs}, {@code social-history},
 * {@code survey}, {@code activity}, and VisitPrep's {@code sleep} and {@code nutrition}), its value as a quantity
 * or as text (a coded, string or boolean value, or the reason it is absent), its components (blood pressure),
 * reference ranges and interpretation as the source gave them, and its status.
 */
public record ObservationDetail(
        Concept code,
        List<String> categories,
        Quantity quantity,
        String textValue,
        List<ObservationComponent> components,
        List<ReferenceRange> referenceRanges,
        List<Concept> interpretations,
        String status)
        implements EntryDetail {

    public ObservationDetail {
        categories = List.copyOf(categories);
        components = List.copyOf(components);
        referenceRanges = List.copyOf(referenceRanges);
        interpretations = List.copyOf(interpretations);
    }

    public boolean isIn(String category) {
        return categories.contains(category);
    }
}
