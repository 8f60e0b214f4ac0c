package org.visitprep.ehr.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.LocalHttpServer;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.importing.RecordImporter;

/** Pulling from a small local FHIR server: every page followed, every failure a clear outcome, nothing partial. */
class FhirRecordPullTest {

    private static final FhirContext R4 = FhirContext.forR4();
    private static final String TOKEN = "the-bearer-token";

    private final FhirRecordPull fhir = new FhirRecordPull(R4, Duration.ofSeconds(2), Duration.ofSeconds(1), 1000);

    /** The handler of a FHIR server at {@code /fhir} offering $everything, in two pages, unless told otherwise. */
    private interface Fhir {
        void answer(HttpExchange exchange, String base) throws IOException;
    }

    private static RegisteredEhr ehrAt(LocalHttpServer server) {
        return new RegisteredEhr("local", server.baseUrl() + "/fhir", "vp", "secret", "Local EHR", "", "");
    }

    private static String json(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return R4.newJsonParser().encodeResourceToString(resource);
    }

    private static void fhirJson(HttpExchange exchange, int status, String body) throws IOException {
        LocalHttpServer.answer(exchange, status, "application/fhir+json", body);
    }

    private static String capabilities(boolean offersEverything) {
        CapabilityStatement capabilities = new CapabilityStatement();
        capabilities.setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE);
        var patient = capabilities.addRest().addResource().setType("Patient");
        if (offersEverything) {
            patient.addOperation().setName("everything");
        }
        return json(capabilities);
    }

    private static Observation observation(String id) {
        Observation observation = new Observation();
        observation.setId(id);
        observation.getCode().setText("HbA1c");
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.getSubject().setReference("Patient/p1");
        return observation;
    }

    private static String page(String base, String nextUrl, org.hl7.fhir.r4.model.Resource... resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (var resource : resources) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + resource.getIdElement().getValue())
                    .setResource(resource);
        }
        if (nextUrl != null) {
            bundle.addLink().setRelation("next").setUrl(nextUrl);
        }
        return json(bundle);
    }

    private static Patient patient() {
        Patient patient = new Patient();
        patient.setId("Patient/p1");
        patient.addName().setFamily("Example");
        return patient;
    }

    /** A server whose $everything has two pages; the second repeats the patient, who is kept once. */
    private static Fhir everythingInTwoPages() {
        return (exchange, base) -> {
            String uri = exchange.getRequestURI().toString();
            if (uri.startsWith("/fhir/metadata")) {
                fhirJson(exchange, 200, capabilities(true));
            } else if (uri.startsWith("/fhir/Patient/p1/$everything")) {
                fhirJson(exchange, 200, page(base, base + "?page=2", patient(), observation("Observation/o1")));
            } else if (uri.equals("/fhir?page=2")) {
                fhirJson(exchange, 200, page(base, null, observation("Observation/o2"), patient()));
            } else {
                fhirJson(exchange, 404, "{\"resourceType\":\"OperationOutcome\"}");
            }
        };
    }

    private static LocalHttpServer serving(Fhir fhir) {
        LocalHttpServer[] server = new LocalHttpServer[1];
        server[0] = new LocalHttpServer(exchange -> fhir.answer(exchange, server[0].baseUrl() + "/fhir"));
        return server[0];
    }

    @Test
    void everythingIsFollowedPageByPageWithTheBearerTokenAndImports() throws Exception {
        try (LocalHttpServer server = serving(everythingInTwoPages())) {
            PulledRecord record = fhir.pull(ehrAt(server), "p1", TOKEN, PullStrategy.EVERYTHING_WHEN_OFFERED);

            assertEquals(PulledRecord.PullPath.EVERYTHING, record.path());
            assertEquals(3, record.resourceCount());
            assertEquals(Map.of("Observation", 2, "Patient", 1), record.countsByType());
            assertTrue(server.requests().stream().allMatch(r -> ("Bearer " + TOKEN).equals(r.authorization())));
            assertEquals("Local EHR", record.importSource().fileName());
            assertEquals(server.baseUrl() + "/fhir", record.importSource().sourceSystem());
            Bundle bundle = R4.newJsonParser().parseResource(Bundle.class, new String(record.bundleJson()));
            assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
            assertEquals(
                    server.baseUrl() + "/fhir/Patient/p1",
                    bundle.getEntryFirstRep().getFullUrl());
            ImportResult imported = assertInstanceOf(
                    ImportResult.class, RecordImporter.createDefault().read(record.importSource()));
            assertEquals(3, imported.entries().size());
            assertTrue(!record.toString().contains("HbA1c"), record.toString());
        }
    }

    @Test
    void withoutEverythingTheTypesAreSearchedOneByOne() throws Exception {
        try (LocalHttpServer server = serving((exchange, base) -> {
            String uri = exchange.getRequestURI().toString();
            if (uri.startsWith("/fhir/metadata")) {
                fhirJson(exchange, 200, capabilities(false));
            } else if (uri.startsWith("/fhir/Patient/p1")) {
                fhirJson(exchange, 200, json(patient()));
            } else if (uri.startsWith("/fhir/Observation?")) {
                fhirJson(exchange, 200, page(base, null, observation("Observation/o1")));
            } else {
                fhirJson(exchange, 200, page(base, null));
            }
        })) {
            PulledRecord record = fhir.pull(ehrAt(server), "p1", TOKEN, PullStrategy.EVERYTHING_WHEN_OFFERED);

            assertEquals(PulledRecord.PullPath.SEARCHES, record.path());
            assertEquals(Map.of("Observation", 1, "Patient", 1), record.countsByType());
            List<String> searched = server.requests().stream()
                    .map(LocalHttpServer.Request::pathAndQuery)
                    .filter(uri -> uri.contains("?"))
                    .toList();
            assertEquals(FhirRecordPull.SEARCHED_TYPES.size(), searched.size());
            assertTrue(searched.stream().allMatch(uri -> uri.contains("patient=Patient%2Fp1")), searched.toString());
        }
    }

    @Test
    void a401IsReportedForTheCallerToRefresh() {
        try (LocalHttpServer server = serving((exchange, base) -> fhirJson(exchange, 401, "{}"))) {
            assertThrows(
                    AccessTokenRejected.class,
                    () -> fhir.pull(ehrAt(server), "p1", TOKEN, PullStrategy.SEARCH_PER_TYPE));
        }
    }

    @Test
    void a403SaysTheEhrForbidsIt() {
        assertFailure(
                (exchange, base) -> fhirJson(exchange, 403, "{\"resourceType\":\"OperationOutcome\"}"),
                EhrProblem.ACCESS_FORBIDDEN,
                List.of("Local EHR"));
    }

    @Test
    void aServerErrorOnALaterPageFailsTheWholePull() {
        Fhir secondPageFails = (exchange, base) -> {
            if (exchange.getRequestURI().toString().startsWith("/fhir?page=2")) {
                LocalHttpServer.answer(exchange, 503, "text/html", "<h1>Maintenance</h1>");
            } else {
                everythingInTwoPages().answer(exchange, base);
            }
        };

        assertFailure(secondPageFails, EhrProblem.EHR_UNAVAILABLE, List.of("Local EHR", "503"));
    }

    @Test
    void anEhrThatDoesNotAnswerInTimeIsReported() {
        assertFailure(
                (exchange, base) -> {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                EhrProblem.EHR_UNREACHABLE,
                List.of("Local EHR"));
    }

    @Test
    void anAnswerThatIsNoFhirIsReported() {
        assertFailure(
                (exchange, base) -> fhirJson(exchange, 200, "{\"resourceType\":\"Bundle\",\"entry\":\"oops\"}"),
                EhrProblem.UNREADABLE_ANSWER,
                null);
    }

    @Test
    void aPageLinkToAnotherServerIsNeverFollowedWithTheToken() {
        try (LocalHttpServer elsewhere = new LocalHttpServer(exchange -> fhirJson(exchange, 200, "{}"))) {
            Fhir leaking = (exchange, base) -> {
                String uri = exchange.getRequestURI().toString();
                if (uri.startsWith("/fhir/metadata")) {
                    fhirJson(exchange, 200, capabilities(true));
                } else {
                    fhirJson(exchange, 200, page(base, elsewhere.baseUrl() + "/fhir?page=2", patient()));
                }
            };

            assertFailure(leaking, EhrProblem.UNREADABLE_ANSWER, List.of("Local EHR", "a page link to another server"));
            assertTrue(elsewhere.requests().isEmpty());
        }
    }

    @Test
    void pageLinksThatLoopAreReported() {
        Fhir looping = (exchange, base) -> {
            String uri = exchange.getRequestURI().toString();
            if (uri.startsWith("/fhir/metadata")) {
                fhirJson(exchange, 200, capabilities(true));
            } else {
                fhirJson(exchange, 200, page(base, base + "?page=again", patient()));
            }
        };

        assertFailure(looping, EhrProblem.UNREADABLE_ANSWER, List.of("Local EHR", "page links that loop"));
    }

    @Test
    void aRecordLargerThanTheLimitIsRefused() {
        FhirRecordPull small = new FhirRecordPull(R4, Duration.ofSeconds(2), Duration.ofSeconds(2), 2);
        try (LocalHttpServer server = serving(everythingInTwoPages())) {
            EhrFailure failure = assertThrows(
                    EhrFailure.class,
                    () -> small.pull(ehrAt(server), "p1", TOKEN, PullStrategy.EVERYTHING_WHEN_OFFERED));
            assertEquals(EhrProblem.RECORD_TOO_LARGE, failure.problem());
        }
    }

    private void assertFailure(Fhir answers, EhrProblem problem, List<String> arguments) {
        try (LocalHttpServer server = serving(answers)) {
            EhrFailure failure = assertThrows(
                    EhrFailure.class,
                    () -> fhir.pull(ehrAt(server), "p1", TOKEN, PullStrategy.EVERYTHING_WHEN_OFFERED));
            assertEquals(problem, failure.problem(), failure.getMessage());
            if (arguments != null) {
                assertEquals(arguments, failure.arguments());
            }
        }
    }
}
