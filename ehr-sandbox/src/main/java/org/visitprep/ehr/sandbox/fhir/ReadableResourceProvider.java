package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Any other resource type present in the records (Medication, Provenance, ...): read only. The searchable types
 * extend it with their {@code @Search} (HAPI finds the inherited {@code @Read}).
 */
class ReadableResourceProvider implements IResourceProvider {

    private final Class<? extends Resource> resourceType;
    protected final String typeName;
    protected final RecordAccess access;

    ReadableResourceProvider(Class<? extends Resource> resourceType, String typeName, RecordAccess access) {
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
}
