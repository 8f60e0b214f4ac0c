package org.visitprep.record.storage;

/**
 * What an import did to the record.
 *
 * @param read the entries the file held
 * @param added the entries new to the record
 * @param updated the entries the record held in another version, replaced in place (their ids stay)
 * @param unchanged the entries the record already held as they are
 */
public record ImportCounts(int read, int added, int updated, int unchanged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);
}
