package org.visitprep.ehr.pull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.registry.RegisteredEhr;

/**
 * Fetches one patient's whole record from an EHR's FHIR API with HAPI's generic client and a bearer token, following
 * every page, and assembles it into one collection Bundle. All or nothing: any failure on any page fails the pull.
 *
 * <p>It owns its FHIR context, whose client factory it configures (timeouts, no server validation). Paging links
 * must stay on the EHR's FHIR base URL, so the token is never sent elsewhere.
 */
@ApplicationScoped
public class FhirRecordPull {

    /** The types searched when the EHR does not offer {@code $everything}. */
    public static final List<String> SEARCHED_TYPES = List.of(
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

    static final int PAGE_SIZE = 200;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    /** More than the largest record seen (a 95-year-old Synthea patient has about 18,000 resources). */
    static final int MAXIMUM_RESOURCES = 200_000;

    private static final Logger LOG = Logger.getLogger(FhirRecordPull.class.getName());

    private FhirContext fhir;
    private int maximumResources;
    private Clock clock;

    /** For CDI: configured with the defaults when constructed. */
    public FhirRecordPull() {}

    public FhirRecordPull(FhirContext fhir, Duration connectTimeout, Duration readTimeout, int maximumResources) {
        configure(fhir, connectTimeout, readTimeout, maximumResources);
    }

    @PostConstruct
    void configureDefaults() {
        configure(FhirContext.forR4(), CONNECT_TIMEOUT, READ_TIMEOUT, MAXIMUM_RESOURCES);
    }

    private void configure(FhirContext context, Duration connectTimeout, Duration readTimeout, int maximum) {
        IRestfulClientFactory clients = context.getRestfulClientFactory();
        clients.setServerValidationMode(ServerValidationModeEnum.NEVER);
        clients.setConnectTimeout((int) connectTimeout.toMillis());
        clients.setConnectionRequestTimeout((int) connectTimeout.toMillis());
        clients.setSocketTimeout((int) readTimeout.toMillis());
        this.fhir = context;
        this.maximumResources = maximum;
        this.clock = Clock.systemUTC();
    }

    /**
     * The patient's record at the EHR.
     *
     * @throws AccessTokenRejected when the EHR answers 401 to the token
     * @throws EhrFailure for any other failure: 403, 5xx, timeouts, unreadable answers, paging off the EHR's server
     */
    public PulledRecord pull(RegisteredEhr ehr, String ehrPatientId, String accessToken, PullStrategy strategy)
            throws AccessTokenRejected, EhrFailure {
        IGenericClient client = fhir.newRestfulGenericClient(ehr.iss());
        client.registerInterceptor(new BearerTokenAuthInterceptor(accessToken));
        // The request in flight, for the operator's log line: the EHR's patient id is written as [id].
        Endpoint endpoint = new Endpoint(ehr.iss());
        try {
            PulledResources resources = new PulledResources(ehr, maximumResources);
            PulledRecord.PullPath path;
            if (strategy == PullStrategy.EVERYTHING_WHEN_OFFERED && offersEverything(client, endpoint)) {
                path = PulledRecord.PullPath.EVERYTHING;
                endpoint.now("/Patient/[id]/$everything");
                Bundle first = client.operation()
                        .onInstance(new IdType("Patient", ehrPatientId))
                        .named("$everything")
                        .withNoParameters(Parameters.class)
                        .returnResourceType(Bundle.class)
                        .useHttpGet()
                        .execute();
                followPages(client, first, resources, ehr, endpoint);
            } else {
                path = PulledRecord.PullPath.SEARCHES;
                endpoint.now("/Patient/[id]");
                resources.add(client.read()
                        .resource(Patient.class)
                        .withId(ehrPatientId)
                        .execute());
                for (String type : SEARCHED_TYPES) {
                    endpoint.now("/" + type + "?patient=[id]");
                    Bundle first = client.search()
                            .forResource(type)
                            .where(new ReferenceClientParam("patient").hasId("Patient/" + ehrPatientId))
                            .count(PAGE_SIZE)
                            .returnBundle(Bundle.class)
                            .execute();
                    followPages(client, first, resources, ehr, endpoint);
                }
            }
            return assemble(ehr, resources, path);
        } catch (AuthenticationException unauthorized) {
            logRefusal(ehr, endpoint, 401, "the EHR refused the access token");
            throw new AccessTokenRejected();
        } catch (ForbiddenOperationException forbidden) {
            logRefusal(ehr, endpoint, 403, "the EHR forbids VisitPrep this read");
            throw new EhrFailure(EhrProblem.ACCESS_FORBIDDEN, forbidden, ehr.name());
        } catch (FhirClientConnectionException unreachable) {
            if (causedByUnreadableContent(unreachable)) {
                logRefusal(ehr, endpoint, 0, "the answer is not FHIR R4");
                throw new EhrFailure(EhrProblem.UNREADABLE_ANSWER, unreachable, ehr.name(), "not FHIR R4");
            }
            logRefusal(ehr, endpoint, 0, "no answer in time (connection failed or timed out)");
            throw new EhrFailure(EhrProblem.EHR_UNREACHABLE, unreachable, ehr.name());
        } catch (BaseServerResponseException error) {
            if (error.getStatusCode() >= 500) {
                logRefusal(ehr, endpoint, error.getStatusCode(), "the EHR's server failed");
                throw new EhrFailure(
                        EhrProblem.EHR_UNAVAILABLE, error, ehr.name(), String.valueOf(error.getStatusCode()));
            }
            logRefusal(ehr, endpoint, error.getStatusCode(), "an answer VisitPrep cannot use");
            throw new EhrFailure(EhrProblem.UNREADABLE_ANSWER, error, ehr.name(), "HTTP " + error.getStatusCode());
        } catch (DataFormatException notFhir) {
            logRefusal(ehr, endpoint, 0, "the answer is not FHIR R4");
            throw new EhrFailure(EhrProblem.UNREADABLE_ANSWER, notFhir, ehr.name(), "not FHIR R4");
        }
    }

    /**
     * The operator's line for a failed pull: which EHR, which request (the EHR's base URL and the path, the patient
     * written as [id]), the HTTP status and what it means. Never a token, a patient id or anything of the record.
     */
    private static void logRefusal(RegisteredEhr ehr, Endpoint endpoint, int status, String meaning) {
        LOG.warning(() -> "Record pull from EHR '" + ehr.key() + "' failed: GET " + endpoint + " answered "
                + (status == 0 ? "no HTTP status" : "HTTP " + status) + " (" + meaning + ")");
    }

    /** The request of a pull in flight, as the log names it. */
    private static final class Endpoint {

        private final String base;
        private String path = "/metadata";

        Endpoint(String base) {
            this.base = base;
        }

        void now(String path) {
            this.path = path;
        }

        @Override
        public String toString() {
            return base + path;
        }
    }

    /** HAPI's client reports an answer it cannot parse as a connection failure, caused by the parser's error. */
    private static boolean causedByUnreadableContent(FhirClientConnectionException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DataFormatException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the CapabilityStatement offers {@code $everything} on Patient. */
    private static boolean offersEverything(IGenericClient client, Endpoint endpoint) {
        endpoint.now("/metadata");
        CapabilityStatement capabilities =
                client.capabilities().ofType(CapabilityStatement.class).execute();
        return capabilities.getRest().stream()
                .flatMap(rest -> rest.getResource().stream())
                .filter(resource -> "Patient".equals(resource.getType()))
                .flatMap(resource -> resource.getOperation().stream())
                .anyMatch(operation -> "everything".equals(operation.getName())
                        || "$everything".equals(operation.getName())
                        || operation.getDefinition().endsWith("/Patient-everything"));
    }

    private static void followPages(
            IGenericClient client, Bundle first, PulledResources resources, RegisteredEhr ehr, Endpoint endpoint)
            throws EhrFailure {
        Set<String> pagesSeen = new HashSet<>();
        Bundle page = first;
        while (true) {
            resources.addEntriesOf(page);
            Bundle.BundleLinkComponent next = page.getLink(IBaseBundle.LINK_NEXT);
            if (next == null || next.getUrl() == null || next.getUrl().isBlank()) {
                return;
            }
            String url = next.getUrl();
            if (!url.startsWith(ehr.iss() + "/") && !url.startsWith(ehr.iss() + "?")) {
                throw new EhrFailure(EhrProblem.UNREADABLE_ANSWER, ehr.name(), "a page link to another server");
            }
            if (!pagesSeen.add(url)) {
                throw new EhrFailure(EhrProblem.UNREADABLE_ANSWER, ehr.name(), "page links that loop");
            }
            endpoint.now(" (a next page of the answer, page " + (pagesSeen.size() + 1) + ")");
            page = client.loadPage().next(page).execute();
        }
    }

    private PulledRecord assemble(RegisteredEhr ehr, PulledResources resources, PulledRecord.PullPath path) {
        Bundle collection = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Instant now = clock.instant();
        collection.setTimestamp(Date.from(now));
        Map<String, Integer> countsByType = new TreeMap<>();
        resources.forEach((fullUrl, resource) -> {
            collection.addEntry().setFullUrl(fullUrl).setResource(resource);
            countsByType.merge(resource.fhirType(), 1, Integer::sum);
        });
        ByteArrayOutputStream json = new ByteArrayOutputStream(64 * 1024);
        try (Writer writer = new OutputStreamWriter(json, StandardCharsets.UTF_8)) {
            fhir.newJsonParser().encodeResourceToWriter(collection, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return new PulledRecord(ehr.name(), ehr.iss(), json.toByteArray(), resources.size(), countsByType, path, now);
    }
}
