package org.visitprep.record.storage;

/** Where an import stands. Only the last four are kept in the database. */
public enum ImportState {
    /** Accepted, waiting for a thread. */
    QUEUED,
    /** Reading and normalizing the file; nothing is stored yet. */
    READING,
    /** Sealing and saving the entries, in one transaction. */
    SAVING,
    /** Saved: the record holds every entry of the file. */
    DONE,
    /** The file was refused for the problems listed; the record is unchanged. */
    REFUSED,
    /** Saving failed; the transaction rolled back and the record is unchanged. */
    FAILED,
    /**
     * Saved, then removed by the patient (it was about someone else): its entries are gone, except those another
     * import carried too.
     */
    REMOVED;

    public boolean isFinished() {
        return this == DONE || this == REFUSED || this == FAILED || this == REMOVED;
    }
}
