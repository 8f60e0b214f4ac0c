package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Search results as one viewer (one token's grant) may see them. The paging provider keeps them for the next pages;
 * remembering the viewer lets the server refuse those pages to anybody else.
 */
final class ViewerResults extends SimpleBundleProvider {

    private final String viewer;

    ViewerResults(List<? extends IBaseResource> resources, String viewer) {
        super(resources);
        this.viewer = viewer;
    }

    boolean belongTo(String otherViewer) {
        return viewer.equals(otherViewer);
    }
}
