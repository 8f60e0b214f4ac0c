package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/** The clinic's own resource types (Organization, Practitioner, PractitionerRole): read and search all. */
final class ClinicResourceProvider implements IResourceProvider {

    private final Class<? extends Resource> resourceType;
    private final String typeName;
    private final RecordAccess access;

    ClinicResourceProvider(Class<? extends Resource> resourceType, String typeName, RecordAccess access) {
        this.resourceType = resourceType;
        this.typeName = typeName;
        this.access = access;
    }

    @Override
    public Class<? extends Resource> getResourceType() {
        return resourceType;
    }

    @Read
    public Resource read(@IdParam IdType id, RequestDetails request) {
        return access.read(typeName, id, RequestGrant.of(request));
    }

    @Search
    public IBundleProvider search(RequestDetails request) {
        return access.search(typeName, Optional.empty(), RequestGrant.of(request));
    }
}
