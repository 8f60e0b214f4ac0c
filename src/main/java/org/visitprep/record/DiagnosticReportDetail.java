package org.visitprep.record;

import java.time.Instant;
import java.util.List;

/**
 * A report grouping results (a lab panel, an imaging report): its code, categories, status, when it was issued,
 * its conclusion as written, and the references of its result observations.
 */
public record DiagnosticReportDetail(
        Concept code,
        List<String> categories,
        String status,
        Instant issued,
        String conclusion,
        List<String> resultReferences)
        implements EntryDetail {

    public DiagnosticReportDetail {
        categories = List.copyOf(categories);
        resultReferences = List.copyOf(resultReferences);
    }
}
