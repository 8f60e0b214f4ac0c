package org.visitprep.record.fhir;

import java.util.Arrays;

/**
 * One resource found in a FHIR JSON file, not parsed yet: where its bytes are in the file, and what the scan read of
 * it on the way (type, id, the entry's fullUrl).
 *
 * @param entryIndex the bundle entry's index, or -1 for a file holding one resource
 * @param start offset of the resource's opening brace in the file
 * @param end offset just past its closing brace
 * @param line the line the resource starts on, for problems
 */
record RawResource(
        int entryIndex, String fullUrl, String resourceType, String id, int start, int end, int line, int column) {

    byte[] bytesIn(byte[] file) {
        return Arrays.copyOfRange(file, start, end);
    }

    boolean sameBytesAs(RawResource other, byte[] file) {
        return Arrays.equals(file, start, end, file, other.start, other.end);
    }

    /** A JSON path for problems: {@code entry[3].resource} or {@code Observation}. */
    String path() {
        String self = resourceType == null ? "resource" : id == null ? resourceType : resourceType + "/" + id;
        return entryIndex < 0 ? self : "entry[" + entryIndex + "].resource (" + self + ")";
    }
}
