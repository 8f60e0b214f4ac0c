package org.visitprep.record.reading;

/**
 * Reads one kind of source into entries, all or nothing. Implementations are thread-safe and hold no state
 * between reads, so one instance serves every import.
 */
public interface RecordReader {

    /**
     * Reads every entry of the source.
     *
     * @throws SourceRejected with every problem found; then nothing was produced
     */
    ReadEntries read(ImportSource source, ImportLimits limits, ImportProgress progress) throws SourceRejected;
}
