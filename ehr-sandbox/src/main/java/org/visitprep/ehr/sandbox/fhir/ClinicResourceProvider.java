package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;

/** The clinic's own resource types (Organization, Practitioner, PractitionerRole): read and search all. */
final class ClinicResourceProvider extends ReadableResourceProvider {

    ClinicResourceProvider(Class<? extends Resource> resourceType, String typeName, RecordAccess access) {
        super(resourceType, typeName, access);
    }

    @Search
    public IBundleProvider search(RequestDetails request) {
        return access.search(typeName, Optional.empty(), RequestGrant.of(request));
    }
}
