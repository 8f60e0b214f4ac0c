package org.visitprep.ehr.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.LocalHttpServer;
import org.visitprep.ehr.connection.ConnectedEhr;
import org.visitprep.ehr.connection.ConnectionAccess;
import org.visitprep.ehr.connection.EhrConnections;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.registry.RegisteredEhrs;
import org.visitprep.ehr.smart.TokenSet;

/**
 * Fault drill (issue 11, f): an EHR's FHIR server answers a record pull with 401, 403 or a server error. The patient
 * reads in plain words which it was (the EHR refused VisitPrep's access, forbade the read, or its server failed), in
 * English and French; the operator's log names the EHR, the request and the status, and nothing of the patient; and
 * afterwards the connection is as it should be: no pull recorded, the tokens kept unless a renewal replaced them.
 */
class EhrRefusalDrillTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String EHR_PATIENT = "pat-4711";
    private static final String ACCESS_TOKEN = "access-token-secret";

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(401, EhrProblem.RECONNECT_NEEDED, "no longer accepts VisitPrep", "n'accepte plus", 1),
                Arguments.of(403, EhrProblem.ACCESS_FORBIDDEN, "does not allow VisitPrep", "ne permet pas", 0),
                Arguments.of(500, EhrProblem.EHR_UNAVAILABLE, "answered with an error (HTTP 500)", "HTTP 500", 0),
                Arguments.of(503, EhrProblem.EHR_UNAVAILABLE, "answered with an error (HTTP 503)", "HTTP 503", 0));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("refusals")
    void thePatientReadsWhichItWasAndTheLogNamesEndpointAndStatus(
            int status, EhrProblem problem, String english, String french, int renewals) {
        List<String> log = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(FhirRecordPull.class.getName());
        logger.addHandler(capture);
        try (LocalHttpServer server = new LocalHttpServer(
                exchange -> LocalHttpServer.answer(
                        exchange,
                        status,
                        "application/fhir+json",
                        "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"security\"}]}"))) {
            RegisteredEhr ehr = new RegisteredEhr(
                    "drill", server.baseUrl() + "/fhir", "vp", "secret", "Drill Hospital EHR", "org-drill", "");
            OneConnection connection = new OneConnection(ehr.iss());
            List<String> renewed = new ArrayList<>();
            TokenRenewal renewal = (registered, refreshToken) -> {
                renewed.add(refreshToken);
                return new TokenSet("renewed-" + renewed.size(), NOW.plusSeconds(3600), Optional.of("refresh-2"), "");
            };
            ConnectionPull pull = new ConnectionPull(
                    connection,
                    RegisteredEhrs.of(List.of(ehr)),
                    renewal,
                    new FhirRecordPull(FhirContext.forR4(), Duration.ofSeconds(2), Duration.ofSeconds(2), 1000),
                    Clock.fixed(NOW, ZoneOffset.UTC));

            PullOutcome outcome = pull.pull(connection.patientId, ehr.iss(), PullStrategy.EVERYTHING_WHEN_OFFERED);

            PullFailed failed = assertInstanceOf(PullFailed.class, outcome);
            assertEquals(problem, failed.reason());
            String inEnglish = failed.message(Locale.ENGLISH);
            String inFrench = failed.message(Locale.FRENCH);
            assertTrue(inEnglish.contains("Drill Hospital EHR") && inEnglish.contains(english), inEnglish);
            assertTrue(inFrench.contains(french), inFrench);

            assertFalse(log.isEmpty(), "the operator is told");
            for (String line : log) {
                assertTrue(line.startsWith("WARNING Record pull from EHR 'drill' failed: GET " + ehr.iss()), line);
                assertTrue(line.contains("HTTP " + status), line);
                assertFalse(line.contains(EHR_PATIENT), "no patient id: " + line);
                assertFalse(line.contains(connection.patientId.toString()), line);
                assertFalse(line.contains("token-secret") || line.contains("renewed-"), "no token: " + line);
            }
            assertTrue(log.getFirst().contains("/metadata"), "the first request is the capability statement");

            // The check after the drill: nothing pulled, the tokens as the renewals left them.
            assertEquals(0, connection.pulls);
            assertEquals(renewals, renewed.size());
            assertEquals(renewals == 0 ? ACCESS_TOKEN : "renewed-" + renewals, connection.tokens.accessToken());
        } finally {
            logger.removeHandler(capture);
        }
    }

    /** One patient's connection to the drill's EHR, in memory. */
    private static final class OneConnection implements EhrConnections {

        final UUID patientId = UUID.randomUUID();
        final String iss;
        TokenSet tokens = new TokenSet(ACCESS_TOKEN, NOW.plusSeconds(600), Optional.of("refresh-1"), "");
        int pulls;

        OneConnection(String iss) {
            this.iss = iss;
        }

        @Override
        public ConnectedEhr connect(UUID patient, String at, String ehrPatientId, TokenSet given, String ehrName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ConnectionAccess> accessOf(UUID patient, String at) {
            return patient.equals(patientId) && at.equals(iss)
                    ? Optional.of(new ConnectionAccess(EHR_PATIENT, tokens))
                    : Optional.empty();
        }

        @Override
        public void renewTokens(UUID patient, String at, TokenSet renewed) {
            tokens = renewed;
        }

        @Override
        public void recordPull(UUID patient, String at, Instant when) {
            pulls++;
        }

        @Override
        public boolean disconnect(UUID patient, String at) {
            return false;
        }

        @Override
        public Optional<UUID> patientLinkedTo(String at, String ehrPatientId) {
            return Optional.empty();
        }

        @Override
        public List<ConnectedEhr> of(UUID patient) {
            return List.of();
        }
    }
}
