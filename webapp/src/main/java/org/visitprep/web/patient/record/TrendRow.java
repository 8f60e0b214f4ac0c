package org.visitprep.web.patient.record;

import java.util.UUID;

/**
 * One result of a test's trend, as the table beside its chart lists it.
 *
 * @param entryId the stored entry; kept on the server, never sent to the browser
 * @param date when it was measured
 * @param value the value with its unit
 * @param range the range it was judged against, or empty
 * @param flag how it compares with that range
 */
public record TrendRow(UUID entryId, String date, String value, String range, FlagView flag) {}
