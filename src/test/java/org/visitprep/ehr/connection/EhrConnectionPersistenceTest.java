package org.visitprep.ehr.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.smart.TokenSet;

/** Connections kept on H2 and on PostgreSQL: tokens sealed, links unique, disconnect deletes. */
class EhrConnectionPersistenceTest {

    private static final String ISS = "https://ehr.example.org/fhir";

    private static TokenSet tokens(String suffix) {
        return new TokenSet(
                "access-token-" + suffix + "-0123456789abcdef",
                Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS),
                Optional.of("refresh-token-" + suffix + "-0123456789abcdef"),
                "launch/patient openid fhirUser patient/*.rs offline_access");
    }

    private static String ehrPatient() {
        return "p-" + UUID.randomUUID();
    }

    @OnEachDatabase
    void theTokensAreStoredSealedAndOpenAsTheyWere(TestDatabase database) throws EhrFailure {
        TransactionalConnections connections = new TransactionalConnections(database);
        UUID patient = UUID.randomUUID();
        String ehrPatient = ehrPatient();
        TokenSet given = tokens("a");

        connections.connect(patient, ISS, ehrPatient, given, "Example EHR");

        String stored = new String(connections.storedTokens(patient, ISS), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains(given.accessToken()), "the access token is stored in clear");
        assertFalse(stored.contains(given.refreshToken().orElseThrow()), "the refresh token is stored in clear");
        assertFalse(stored.contains("expires_at"), "the token document is stored in clear");
        ConnectionAccess access = connections.accessOf(patient, ISS).orElseThrow();
        assertEquals(ehrPatient, access.ehrPatientId());
        assertEquals(given.accessToken(), access.tokens().accessToken());
        assertEquals(given.refreshToken(), access.tokens().refreshToken());
        assertEquals(given.expiresAt(), access.tokens().expiresAt());
        assertEquals(given.scope(), access.tokens().scope());
        assertEquals(Optional.of(patient), connections.patientLinkedTo(ISS, ehrPatient));
    }

    @OnEachDatabase
    void tokensCopiedToAnotherPatientsConnectionDoNotOpen(TestDatabase database) throws EhrFailure, SQLException {
        TransactionalConnections connections = new TransactionalConnections(database);
        UUID alice = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        connections.connect(alice, ISS, ehrPatient(), tokens("alice"), "Example EHR");
        connections.connect(mallory, ISS, ehrPatient(), tokens("mallory"), "Example EHR");
        try (Connection jdbc = database.dataSource().getConnection();
                PreparedStatement copy =
                        jdbc.prepareStatement("update ehr_connection set sealed_tokens = ? where patient_id = ?")) {
            copy.setBytes(1, connections.storedTokens(alice, ISS));
            copy.setObject(2, mallory);
            assertEquals(1, copy.executeUpdate());
        }

        assertThrows(RuntimeException.class, () -> connections.accessOf(mallory, ISS));
    }

    @OnEachDatabase
    void anEhrPatientLinkedToAnotherAccountIsRefusedAndNothingChanges(TestDatabase database) throws EhrFailure {
        TransactionalConnections connections = new TransactionalConnections(database);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String ehrPatient = ehrPatient();
        connections.connect(first, ISS, ehrPatient, tokens("first"), "Example EHR");

        EhrFailure refused = assertThrows(
                EhrFailure.class, () -> connections.connect(second, ISS, ehrPatient, tokens("second"), "Example EHR"));

        assertEquals(EhrProblem.ALREADY_LINKED, refused.problem());
        assertEquals(Optional.of(first), connections.patientLinkedTo(ISS, ehrPatient));
        assertTrue(connections.accessOf(second, ISS).isEmpty());
        assertEquals(
                tokens("first").accessToken(),
                connections.accessOf(first, ISS).orElseThrow().tokens().accessToken());
    }

    @OnEachDatabase
    void connectingAgainReplacesTheTokensAndRenewingKeepsTheNewOnes(TestDatabase database) throws EhrFailure {
        TransactionalConnections connections = new TransactionalConnections(database);
        UUID patient = UUID.randomUUID();
        String ehrPatient = ehrPatient();
        connections.connect(patient, ISS, ehrPatient, tokens("old"), "Example EHR");
        byte[] before = connections.storedTokens(patient, ISS);

        connections.connect(patient, ISS, ehrPatient, tokens("new"), "Example EHR");
        assertEquals(
                tokens("new").accessToken(),
                connections.accessOf(patient, ISS).orElseThrow().tokens().accessToken());
        connections.renewTokens(patient, ISS, tokens("renewed"));

        assertEquals(
                tokens("renewed").refreshToken(),
                connections.accessOf(patient, ISS).orElseThrow().tokens().refreshToken());
        assertFalse(java.util.Arrays.equals(before, connections.storedTokens(patient, ISS)));
        assertEquals(1, connections.of(patient).size());
    }

    @OnEachDatabase
    void disconnectingDeletesTheConnectionAndItsTokens(TestDatabase database) throws EhrFailure, SQLException {
        TransactionalConnections connections = new TransactionalConnections(database);
        UUID patient = UUID.randomUUID();
        String ehrPatient = ehrPatient();
        connections.connect(patient, ISS, ehrPatient, tokens("gone"), "Example EHR");
        Instant pulled = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        connections.recordPull(patient, ISS, pulled);
        assertEquals(Optional.of(pulled), connections.of(patient).getFirst().lastPulledAt());

        assertTrue(connections.disconnect(patient, ISS));

        assertFalse(connections.disconnect(patient, ISS));
        assertTrue(connections.accessOf(patient, ISS).isEmpty());
        assertTrue(connections.patientLinkedTo(ISS, ehrPatient).isEmpty());
        try (Connection jdbc = database.dataSource().getConnection();
                PreparedStatement count =
                        jdbc.prepareStatement("select count(*) from ehr_connection where patient_id = ?")) {
            count.setObject(1, patient);
            try (var result = count.executeQuery()) {
                result.next();
                assertEquals(0, result.getInt(1));
            }
        }
        assertArrayEquals(new Object[0], connections.of(patient).toArray());
    }
}
