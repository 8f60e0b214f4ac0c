package org.visitprep.record.reading;

import java.util.List;
import java.util.Objects;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.person.SourcePeople;

/**
 * What a reader made of a source: its entries, in source order, what format it found (e.g. "FHIR R4 JSON Bundle
 * (collection)"), how many items it left out on purpose (Apple Health sample types VisitPrep does not use), and whom
 * the source is about.
 */
public record ReadEntries(String formatLabel, List<RecordEntry> entries, long itemsLeftOut, SourcePeople about) {

    public ReadEntries {
        entries = List.copyOf(entries);
        Objects.requireNonNull(about, "about");
    }

    /** What a reader made of a source that names no one (a nutrition diary). */
    public ReadEntries(String formatLabel, List<RecordEntry> entries, long itemsLeftOut) {
        this(formatLabel, entries, itemsLeftOut, SourcePeople.NOBODY);
    }
}
