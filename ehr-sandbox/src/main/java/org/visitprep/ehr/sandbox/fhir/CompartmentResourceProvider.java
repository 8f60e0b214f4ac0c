package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;

/**
 * A resource type of the patient's record (Observation, Condition, ...): read, and search by {@code patient} or
 * {@code subject}, paged.
 */
final class CompartmentResourceProvider extends ReadableResourceProvider {

    CompartmentResourceProvider(Class<? extends Resource> resourceType, String typeName, RecordAccess access) {
        super(resourceType, typeName, access);
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = "patient") ReferenceParam patient,
            @OptionalParam(name = "subject") ReferenceParam subject,
            RequestDetails request) {
        if (patient != null && subject != null) {
            throw new InvalidRequestException("Give patient or subject, not both");
        }
        return access.search(
                typeName, Optional.ofNullable(patient != null ? patient : subject), RequestGrant.of(request));
    }
}
