package org.visitprep.web.patient.record;

import java.util.UUID;

/**
 * The latest result of one lab test as the lab results table shows it, every text in the person's language.
 *
 * @param entryId the stored entry the row shows; kept on the server, never sent to the browser
 * @param name the test's name: the catalogue's, else the record's own
 * @param about what the test measures in one plain sentence, or empty when the catalogue does not know the test
 * @param value the value with its unit
 * @param range the range the value was judged against, or empty
 * @param generalRange whether that range is the catalogue's general adult range rather than the lab's own
 * @param flag how the value compares with the range
 * @param date when it was measured
 * @param source where the entry came from, e.g. "FHIR file alice.json"
 */
public record LabResultRow(
        UUID entryId,
        String name,
        String about,
        String value,
        String range,
        boolean generalRange,
        FlagView flag,
        String date,
        String source) {}
