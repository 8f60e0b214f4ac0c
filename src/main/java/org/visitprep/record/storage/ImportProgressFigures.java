package org.visitprep.record.storage;

/**
 * How far a running import has gone, for a progress bar. Totals are -1 while unknown.
 *
 * @param bytesRead bytes of the file read
 * @param bytesTotal the file's size
 * @param entriesRead resources (or samples) turned into entries
 * @param entriesTotal the entries to turn, once the file's outline is known
 * @param entriesSaved entries sealed and written
 * @param entriesToSave entries to write (new or changed), once the reading is done
 */
public record ImportProgressFigures(
        long bytesRead, long bytesTotal, long entriesRead, long entriesTotal, long entriesSaved, long entriesToSave) {

    public static final ImportProgressFigures NONE = new ImportProgressFigures(0, -1, 0, -1, 0, -1);

    /**
     * A rough share of the work done, from 0 to 100: reading the file counts for a fifth, normalizing its entries
     * for two fifths, saving them for the rest.
     */
    public int percent(ImportState state) {
        if (state.isFinished()) {
            return 100;
        }
        double reading = share(bytesRead, bytesTotal);
        double normalizing = share(entriesRead, entriesTotal);
        double saving = share(entriesSaved, entriesToSave);
        if (state == ImportState.SAVING) {
            return (int) Math.min(99, 60 + 40 * saving);
        }
        return (int) Math.min(59, 20 * reading + 40 * normalizing);
    }

    private static double share(long done, long total) {
        return total <= 0 ? 0 : Math.min(1, done / (double) total);
    }
}
