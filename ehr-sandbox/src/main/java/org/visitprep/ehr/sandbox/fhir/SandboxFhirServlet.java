package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.annotation.WebServlet;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Resource;
import org.visitprep.ehr.sandbox.Sandbox;

/** HAPI's RESTful server at {@code /fhir}, wired to the sandbox's records and token check. */
@WebServlet(urlPatterns = "/fhir/*", loadOnStartup = 1, displayName = "FHIR R4 server")
public class SandboxFhirServlet extends RestfulServer {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The types a client may search by {@code patient} or {@code subject}. */
    static final Set<String> SEARCHABLE_BY_PATIENT = Set.of(
            "Observation",
            "Condition",
            "MedicationRequest",
            "AllergyIntolerance",
            "Immunization",
            "Procedure",
            "Encounter",
            "DiagnosticReport",
            "Claim",
            "ExplanationOfBenefit");

    private static final Set<String> CLINIC_TYPES = Set.of("Organization", "Practitioner", "PractitionerRole");
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAXIMUM_PAGE_SIZE = 500;
    private static final int SEARCHES_KEPT_FOR_PAGING = 200;

    @Override
    protected void initialize() {
        Sandbox sandbox = Sandbox.from(getServletContext());
        FhirContext fhir = sandbox.fhirContext();
        setFhirContext(fhir);
        setServerAddressStrategy(
                new HardcodedServerAddressStrategy(sandbox.settings().fhirBaseUrl()));
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setImplementationDescription("VisitPrep EHR sandbox: test data only, never production");

        FifoMemoryPagingProvider paging = new FifoMemoryPagingProvider(SEARCHES_KEPT_FOR_PAGING);
        paging.setDefaultPageSize(DEFAULT_PAGE_SIZE);
        paging.setMaximumPageSize(MAXIMUM_PAGE_SIZE);
        setPagingProvider(paging);

        RecordAccess access = new RecordAccess(sandbox.records());
        setResourceProviders(providers(fhir, sandbox.records().resourceTypes(), access));
        registerInterceptor(new BearerTokenCheck(sandbox.authorizationServer(), paging));
        String baseUrl = sandbox.settings().baseUrl();
        registerInterceptor(new SmartCapabilities(baseUrl + "/auth/authorize", baseUrl + "/auth/token"));
    }

    private static List<IResourceProvider> providers(FhirContext fhir, Set<String> typesPresent, RecordAccess access) {
        Set<String> types = new TreeSet<>(typesPresent);
        types.addAll(SEARCHABLE_BY_PATIENT);
        types.addAll(CLINIC_TYPES);
        types.add("Patient");
        List<IResourceProvider> providers = new ArrayList<>();
        for (String type : types) {
            @SuppressWarnings("unchecked")
            Class<? extends Resource> implementation =
                    (Class<? extends Resource>) fhir.getResourceDefinition(type).getImplementingClass();
            if (type.equals("Patient")) {
                providers.add(new PatientResourceProvider(access));
            } else if (SEARCHABLE_BY_PATIENT.contains(type)) {
                providers.add(new CompartmentResourceProvider(implementation, type, access));
            } else if (CLINIC_TYPES.contains(type)) {
                providers.add(new ClinicResourceProvider(implementation, type, access));
            } else {
                providers.add(new ReadableResourceProvider(implementation, type, access));
            }
        }
        return providers;
    }
}
