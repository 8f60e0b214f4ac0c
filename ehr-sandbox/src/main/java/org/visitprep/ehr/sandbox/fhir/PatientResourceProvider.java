package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/** Patients: read, search (the patients the token may see) and {@code $everything} with paging. */
final class PatientResourceProvider implements IResourceProvider {

    private final RecordAccess access;

    PatientResourceProvider(RecordAccess access) {
        this.access = access;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id, RequestDetails request) {
        return (Patient) access.read("Patient", id, RequestGrant.of(request));
    }

    @Search
    public IBundleProvider search(RequestDetails request) {
        return access.search("Patient", Optional.empty(), RequestGrant.of(request));
    }

    @Operation(name = "$everything", idempotent = true)
    public IBundleProvider everything(@IdParam IdType id, RequestDetails request) {
        return access.everything(id, RequestGrant.of(request));
    }
}
