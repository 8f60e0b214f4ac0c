package org.visitprep.ehr.sandbox.record;

import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;

/**
 * A resource as the sandbox holds it, with the patient whose record it belongs to; the clinic's own resources
 * (its organization and practitioners) belong to no record.
 */
public record StoredResource(Resource resource, Optional<String> recordOwner) {}
