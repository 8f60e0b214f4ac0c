package org.visitprep.ehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.ehr.connection.ConnectionAccess;
import org.visitprep.ehr.connection.TransactionalConnections;
import org.visitprep.ehr.pull.ConnectionPull;
import org.visitprep.ehr.pull.FhirRecordPull;
import org.visitprep.ehr.pull.PullFailed;
import org.visitprep.ehr.pull.PullStrategy;
import org.visitprep.ehr.pull.PulledRecord;
import org.visitprep.ehr.pull.RecordPulled;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.registry.RegisteredEhrs;
import org.visitprep.ehr.smart.AuthorizationRedirect;
import org.visitprep.ehr.smart.EndpointPolicy;
import org.visitprep.ehr.smart.LaunchSucceeded;
import org.visitprep.ehr.smart.PendingLaunches;
import org.visitprep.ehr.smart.SmartLaunchClient;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.ehr.smart.TokenSet;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.importing.RecordImporter;

/**
 * A patient's connection to the test EHR from launch to disconnect, on H2 and on PostgreSQL: connect, pull the
 * whole record (as many resources as the EHR serves), refresh expired and rejected tokens, disconnect.
 */
@ExtendWith(EhrSandbox.class)
class EhrConnectionIT {

    private static final FhirRecordPull FHIR =
            new FhirRecordPull(FhirContext.forR4(), Duration.ofSeconds(10), Duration.ofSeconds(60), 200_000);

    private final RegisteredEhr sandbox = EhrSandbox.registered();
    private final RegisteredEhrs ehrs = RegisteredEhrs.of(List.of(sandbox));
    private final SmartLaunchClient smart = SmartLaunches.create(ehrs, EndpointPolicy.allowingLoopbackHttp());

    private ConnectionPull pullAt(TransactionalConnections connections, Clock clock) {
        return new ConnectionPull(
                connections,
                ehrs,
                (ehr, refreshToken) -> smart.refresh(ehr, refreshToken).tokens(),
                FHIR,
                clock);
    }

    private LaunchSucceeded standaloneLaunchAs(String ehrPatientId) {
        PendingLaunches pending = new PendingLaunches();
        AuthorizationRedirect redirect = assertInstanceOf(
                AuthorizationRedirect.class,
                smart.startStandaloneLaunch(sandbox.iss(), EhrSandbox.REDIRECT_URI, pending));
        return assertInstanceOf(
                LaunchSucceeded.class,
                smart.complete(new EhrSignIn().allow(redirect.location(), ehrPatientId), pending));
    }

    /** The resources of a demo patient's Synthea file, by type: what the EHR serves for them. */
    private static Map<String, Integer> servedByType(String demoName) throws IOException {
        JsonNode bundle =
                new ObjectMapper().readTree(EhrSandbox.patientFile(demoName).toFile());
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode entry : bundle.get("entry")) {
            if (entry.has("resource") && entry.get("resource").has("id")) {
                counts.merge(entry.get("resource").get("resourceType").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @OnEachDatabase
    void aPatientConnectsPullsTheirWholeRecordRefreshesAndDisconnects(TestDatabase database) throws Exception {
        TransactionalConnections connections = new TransactionalConnections(database);
        UUID patient = UUID.randomUUID();
        LaunchSucceeded launch = standaloneLaunchAs(EhrSandbox.ALI);

        connections.connect(patient, sandbox.iss(), launch.ehrPatientId(), launch.tokens(), sandbox.name());

        String sealed = new String(connections.storedTokens(patient, sandbox.iss()), StandardCharsets.ISO_8859_1);
        assertFalse(sealed.contains(launch.tokens().accessToken()));
        assertFalse(sealed.contains(launch.tokens().refreshToken().orElseThrow()));
        assertEquals(
                Optional.of(patient),
                connections
                        .patientLinkedTo(sandbox.iss() + "/", EhrSandbox.ALI)
                        .or(() -> connections.patientLinkedTo(sandbox.iss(), EhrSandbox.ALI)));

        Map<String, Integer> served = servedByType("ben.json");
        PulledRecord everything = assertInstanceOf(
                        RecordPulled.class,
                        pullAt(connections, Clock.systemUTC())
                                .pull(patient, sandbox.iss(), PullStrategy.EVERYTHING_WHEN_OFFERED))
                .record();
        assertEquals(PulledRecord.PullPath.EVERYTHING, everything.path());
        assertEquals(served, everything.countsByType());
        assertEquals(482, everything.resourceCount());
        ImportResult imported = assertInstanceOf(
                ImportResult.class, RecordImporter.createDefault().read(everything.importSource()));
        assertEquals(sandbox.name(), imported.fileName());
        assertTrue(connections.of(patient).getFirst().lastPulledAt().isPresent());

        PulledRecord searched = assertInstanceOf(
                        RecordPulled.class,
                        pullAt(connections, Clock.systemUTC())
                                .pull(patient, sandbox.iss(), PullStrategy.SEARCH_PER_TYPE))
                .record();
        assertEquals(PulledRecord.PullPath.SEARCHES, searched.path());
        for (String type : FhirRecordPull.SEARCHED_TYPES) {
            assertEquals(served.get(type), searched.countsByType().get(type), type);
        }
        assertEquals(1, searched.countsByType().get("Patient"));

        TokenSet beforeRefresh =
                connections.accessOf(patient, sandbox.iss()).orElseThrow().tokens();
        Clock tenMinutesLater = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        assertInstanceOf(
                RecordPulled.class,
                pullAt(connections, tenMinutesLater)
                        .pull(patient, sandbox.iss(), PullStrategy.EVERYTHING_WHEN_OFFERED));
        TokenSet afterRefresh =
                connections.accessOf(patient, sandbox.iss()).orElseThrow().tokens();
        assertNotEquals(beforeRefresh.accessToken(), afterRefresh.accessToken());
        assertNotEquals(beforeRefresh.refreshToken(), afterRefresh.refreshToken());

        assertTrue(connections.disconnect(patient, sandbox.iss()));
        assertTrue(connections.accessOf(patient, sandbox.iss()).isEmpty());
        assertTrue(connections.patientLinkedTo(sandbox.iss(), EhrSandbox.ALI).isEmpty());
        PullFailed notConnected = assertInstanceOf(
                PullFailed.class,
                pullAt(connections, Clock.systemUTC())
                        .pull(patient, sandbox.iss(), PullStrategy.EVERYTHING_WHEN_OFFERED));
        assertEquals(EhrProblem.NOT_CONNECTED, notConnected.reason());
    }

    @OnEachDatabase
    void aRejectedAccessTokenIsRefreshedOnceAndARejectedRefreshAsksToReconnect(TestDatabase database) throws Exception {
        TransactionalConnections connections = new TransactionalConnections(database);
        UUID patient = UUID.randomUUID();
        LaunchSucceeded launch = standaloneLaunchAs(EhrSandbox.LIZ);
        connections.connect(patient, sandbox.iss(), launch.ehrPatientId(), launch.tokens(), sandbox.name());
        try {
            Instant later = Instant.now().plus(Duration.ofHours(1));
            connections.renewTokens(
                    patient,
                    sandbox.iss(),
                    new TokenSet("revoked-access-token", later, launch.tokens().refreshToken(), ""));

            PulledRecord pulled = assertInstanceOf(
                            RecordPulled.class,
                            pullAt(connections, Clock.systemUTC())
                                    .pull(patient, sandbox.iss(), PullStrategy.EVERYTHING_WHEN_OFFERED))
                    .record();
            int served = servedByType("chloe.json").values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            assertEquals(served, pulled.resourceCount());
            ConnectionAccess renewed =
                    connections.accessOf(patient, sandbox.iss()).orElseThrow();
            assertNotEquals("revoked-access-token", renewed.tokens().accessToken());

            connections.renewTokens(
                    patient,
                    sandbox.iss(),
                    new TokenSet("revoked-access-token", later, Optional.of("revoked-refresh-token"), ""));
            PullFailed refused = assertInstanceOf(
                    PullFailed.class,
                    pullAt(connections, Clock.systemUTC())
                            .pull(patient, sandbox.iss(), PullStrategy.EVERYTHING_WHEN_OFFERED));
            assertEquals(EhrProblem.RECONNECT_NEEDED, refused.reason());
            assertEquals(List.of(sandbox.name()), refused.arguments());
        } finally {
            connections.disconnect(patient, sandbox.iss());
        }
    }
}
