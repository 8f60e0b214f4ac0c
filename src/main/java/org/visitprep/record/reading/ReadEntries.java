package org.visitprep.record.reading;

import java.util.List;
import org.visitprep.record.RecordEntry;

/**
 * What a reader made of a source: its entries, in source order, what format it found (e.g. "FHIR R4 JSON Bundle
 * (collection)"), and how many items it left out on purpose (Apple Health sample types VisitPrep does not use).
 */
public record ReadEntries(String formatLabel, List<RecordEntry> entries, long itemsLeftOut) {

    public ReadEntries {
        entries = List.copyOf(entries);
    }
}
