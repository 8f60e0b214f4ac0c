package org.visitprep.visit.print;

import java.util.Optional;
import java.util.UUID;

/**
 * Short labels of the record entries a summary cites, for its list of sources, e.g. "HbA1c, 12 Mar 2026, Sandbox
 * Clinic". The caller reads them from the patient's record, in the language of the print.
 */
@FunctionalInterface
public interface SourceLabels {

    /** The entry's label, or empty when the record no longer holds it. */
    Optional<String> labelOf(UUID entryId);
}
