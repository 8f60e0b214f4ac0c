package org.visitprep.record.reading;

/**
 * Told how far an import has gone, e.g. to move a progress bar of a background job. May be called from several
 * threads, often: keep it cheap and thread-safe.
 */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {};

    /** Bytes of the file read so far, of {@code total} (the file's size; -1 when unknown). */
    default void bytesRead(long done, long total) {}

    /** Resources or samples turned into entries so far, of {@code total} (-1 when unknown). */
    default void entriesDone(long done, long total) {}
}
