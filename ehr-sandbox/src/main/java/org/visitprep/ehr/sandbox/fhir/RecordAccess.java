package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.visitprep.ehr.sandbox.record.PatientRecords;
import org.visitprep.ehr.sandbox.record.StoredResource;
import org.visitprep.ehr.sandbox.smart.AccessGrant;
import org.visitprep.ehr.sandbox.smart.Scopes.Interaction;

/**
 * Reads the records on behalf of an access grant: what the providers serve goes through here, so the access rules
 * sit in one place. Refusals are FHIR errors (401/403/404) that HAPI answers with an OperationOutcome.
 */
final class RecordAccess {

    private final PatientRecords records;

    RecordAccess(PatientRecords records) {
        this.records = records;
    }

    Resource read(String resourceType, IdType id, AccessGrant grant) {
        StoredResource stored = records.find(resourceType, id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException(resourceType + "/" + id.getIdPart() + " is unknown"));
        if (!grant.permits(Interaction.READ, resourceType, stored.recordOwner())) {
            throw forbidden(resourceType);
        }
        return stored.resource();
    }

    /** A search of one type, for one patient's record when {@code patient} (or {@code subject}) is given. */
    ViewerResults search(String resourceType, Optional<ReferenceParam> patient, AccessGrant grant) {
        if (patient.isPresent()) {
            String patientId = patientIdOf(patient.get());
            if (!grant.permits(Interaction.SEARCH, resourceType, Optional.of(patientId))) {
                throw forbidden(resourceType);
            }
            return new ViewerResults(records.recordOfType(patientId, resourceType), grant.viewer());
        }
        List<Resource> visible = records.allOfType(resourceType).stream()
                .filter(stored -> grant.permits(Interaction.SEARCH, resourceType, stored.recordOwner()))
                .map(StoredResource::resource)
                .toList();
        if (visible.isEmpty()
                && !grant.scopes().permit("patient", resourceType, Interaction.SEARCH)
                && !grant.seesEveryRecord(resourceType, Interaction.SEARCH)) {
            throw forbidden(resourceType);
        }
        return new ViewerResults(visible, grant.viewer());
    }

    /** {@code Patient/$everything}: the patient's whole record. */
    ViewerResults everything(IdType patientId, AccessGrant grant) {
        String id = patientId.getIdPart();
        if (records.patient(id).isEmpty()) {
            throw new ResourceNotFoundException("Patient/" + id + " is unknown");
        }
        if (!grant.permits(Interaction.SEARCH, "Patient", Optional.of(id))) {
            throw forbidden("Patient");
        }
        List<Resource> visible = records.record(id).stream()
                .filter(resource -> grant.permits(Interaction.READ, resource.fhirType(), Optional.of(id)))
                .toList();
        return new ViewerResults(visible, grant.viewer());
    }

    private static String patientIdOf(ReferenceParam reference) {
        String resourceType = reference.getResourceType();
        if (resourceType != null && !resourceType.equals("Patient")) {
            throw new InvalidRequestException("patient and subject must name a Patient, e.g. Patient/123");
        }
        String id = reference.getIdPart();
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException("patient and subject must name a Patient, e.g. Patient/123");
        }
        return id;
    }

    private static ForbiddenOperationException forbidden(String resourceType) {
        return new ForbiddenOperationException(
                "This access token does not permit this access to " + resourceType + " for this patient");
    }
}
