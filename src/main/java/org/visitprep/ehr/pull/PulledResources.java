package org.visitprep.ehr.pull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.registry.RegisteredEhr;

/**
 * The resources of one pull, by full URL on the EHR ({@code <iss>/<type>/<id>}): a resource met twice (the patient
 * in {@code $everything} and in a search, or a page repeated) is kept once. Ids lose their server and version.
 */
final class PulledResources {

    private final RegisteredEhr ehr;
    private final int maximum;
    private final Map<String, Resource> byFullUrl = new LinkedHashMap<>();

    PulledResources(RegisteredEhr ehr, int maximum) {
        this.ehr = ehr;
        this.maximum = maximum;
    }

    void addEntriesOf(Bundle page) throws EhrFailure {
        for (Bundle.BundleEntryComponent entry : page.getEntry()) {
            boolean outcome = entry.hasSearch() && entry.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME;
            if (entry.hasResource() && !outcome && !(entry.getResource() instanceof OperationOutcome)) {
                add(entry.getResource());
            }
        }
    }

    void add(Resource resource) throws EhrFailure {
        String type = resource.fhirType();
        String id = resource.getIdElement().getIdPart();
        String fullUrl;
        if (id == null || id.isBlank()) {
            fullUrl = "urn:uuid:" + UUID.randomUUID();
            resource.setId((String) null);
        } else {
            fullUrl = ehr.iss() + "/" + type + "/" + id;
            resource.setId(type + "/" + id);
        }
        byFullUrl.put(fullUrl, resource);
        if (byFullUrl.size() > maximum) {
            throw new EhrFailure(EhrProblem.RECORD_TOO_LARGE, ehr.name(), "> " + maximum + " resources");
        }
    }

    int size() {
        return byFullUrl.size();
    }

    void forEach(BiConsumer<String, Resource> action) {
        byFullUrl.forEach(action);
    }
}
