package org.visitprep.ehr.pull;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.SourceKind;

/**
 * A patient's record as pulled from an EHR: one FHIR R4 collection Bundle (JSON), kept in memory. Its text shows
 * counts only.
 *
 * @param ehrName the EHR's name for people: the import names its source so
 * @param iss the EHR's FHIR base URL: the import's source system, which keeps entry identities stable across pulls
 * @param countsByType how many resources of each type
 * @param path how it was fetched
 */
public record PulledRecord(
        String ehrName,
        String iss,
        byte[] bundleJson,
        int resourceCount,
        Map<String, Integer> countsByType,
        PullPath path,
        Instant pulledAt) {

    /** The two ways a record is fetched. */
    public enum PullPath {
        EVERYTHING,
        SEARCHES
    }

    public PulledRecord {
        Objects.requireNonNull(ehrName, "ehrName");
        Objects.requireNonNull(iss, "iss");
        Objects.requireNonNull(bundleJson, "bundleJson");
        countsByType = Map.copyOf(countsByType);
    }

    /** The bundle as an import source: a FHIR file named after the EHR, from the EHR's system. */
    public ImportSource importSource() {
        byte[] json = bundleJson;
        return new ImportSource(ehrName, json.length, () -> new ByteArrayInputStream(json), SourceKind.FHIR, iss);
    }

    @Override
    public String toString() {
        return "PulledRecord[" + resourceCount + " resources from " + iss + " by " + path + "]";
    }
}
