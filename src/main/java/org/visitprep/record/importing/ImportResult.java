package org.visitprep.record.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.visitprep.record.EntryKind;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.person.SourcePeople;
import org.visitprep.record.reading.SourceKind;

/**
 * A file read in full.
 *
 * @param fileName the name the person gave the file
 * @param kind what it turned out to be
 * @param formatLabel the format found, e.g. "FHIR R4 JSON Bundle (collection)", "Apple Health export (zip)"
 * @param fileSha256 the SHA-256 of the file as received, tying every original back to it
 * @param entries every entry, in the file's order (daily aggregates after samples for wellness data)
 * @param countsByKind how many entries of each kind
 * @param itemsLeftOut items skipped on purpose: Apple Health sample types VisitPrep does not use, directory resources
 * @param about whom the file is about; never several people (such a file is refused)
 */
public record ImportResult(
        String fileName,
        SourceKind kind,
        String formatLabel,
        String fileSha256,
        List<RecordEntry> entries,
        Map<EntryKind, Integer> countsByKind,
        long itemsLeftOut,
        SourcePeople about)
        implements ImportOutcome {

    public ImportResult {
        entries = List.copyOf(entries);
        java.util.Objects.requireNonNull(about, "about");
        countsByKind = Collections.unmodifiableMap(new EnumMap<>(countsByKind));
    }

    static Map<EntryKind, Integer> countByKind(List<RecordEntry> entries) {
        Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);
        for (RecordEntry entry : entries) {
            counts.merge(entry.kind(), 1, Integer::sum);
        }
        return counts;
    }

    public int count(EntryKind entryKind) {
        return countsByKind.getOrDefault(entryKind, 0);
    }

    @Override
    public boolean isImported() {
        return true;
    }
}
