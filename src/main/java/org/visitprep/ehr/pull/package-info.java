/**
 * Pulling a connected patient's record through the EHR's FHIR API: {@code Patient/$everything} when the EHR offers
 * it, searches per resource type otherwise, every page followed, all or nothing. The result is one FHIR collection
 * Bundle, handed over as an {@link org.visitprep.record.reading.ImportSource} for the record import (which
 * de-duplicates, so a re-sync is simply another pull). The bundle is kept in memory, never written to disk in clear.
 */
package org.visitprep.ehr.pull;
