package org.visitprep.ehr.connection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.visitprep.crypto.DataKeyCache;
import org.visitprep.crypto.HealthDataCipher;
import org.visitprep.crypto.JpaPatientDataKeys;
import org.visitprep.crypto.MasterKeyring;
import org.visitprep.crypto.PatientKeys;
import org.visitprep.crypto.PatientSealer;
import org.visitprep.database.TestDatabase;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.smart.TokenSet;

/**
 * {@link EhrConnections} on a test database as the container runs them: each call one committed transaction, the
 * tokens sealed with the crypto package's cipher under a random master key of the test's own.
 */
public final class TransactionalConnections implements EhrConnections {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TestDatabase database;
    private final MasterKeyring masterKeys;
    private final DataKeyCache cache = new DataKeyCache();

    public TransactionalConnections(TestDatabase database) {
        this.database = database;
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Map<String, String> settings = Map.of(
                MasterKeyring.MASTER_KEY_ID,
                "ehr-test",
                MasterKeyring.MASTER_KEY,
                Base64.getEncoder().encodeToString(key));
        this.masterKeys = MasterKeyring.fromSettings(name -> Optional.ofNullable(settings.get(name)));
    }

    /** The raw sealed bytes of a connection, as they sit in the database. */
    public byte[] storedTokens(UUID patientId, String iss) {
        return database.fetchInTransaction(entityManager -> entityManager
                .createNamedQuery(EhrConnection.OF_PATIENT_AT, EhrConnection.class)
                .setParameter("patientId", patientId)
                .setParameter("iss", iss)
                .getSingleResult()
                .sealedTokens());
    }

    @Override
    public ConnectedEhr connect(UUID patientId, String iss, String ehrPatientId, TokenSet tokens, String ehrName)
            throws EhrFailure {
        try {
            return inTransaction(connections -> {
                try {
                    return connections.connect(patientId, iss, ehrPatientId, tokens, ehrName);
                } catch (EhrFailure failure) {
                    throw new Refused(failure);
                }
            });
        } catch (Refused refused) {
            throw refused.failure;
        }
    }

    @Override
    public Optional<ConnectionAccess> accessOf(UUID patientId, String iss) {
        return inTransaction(connections -> connections.accessOf(patientId, iss));
    }

    @Override
    public void renewTokens(UUID patientId, String iss, TokenSet tokens) {
        inTransaction(connections -> {
            connections.renewTokens(patientId, iss, tokens);
            return null;
        });
    }

    @Override
    public void recordPull(UUID patientId, String iss, Instant at) {
        inTransaction(connections -> {
            connections.recordPull(patientId, iss, at);
            return null;
        });
    }

    @Override
    public boolean disconnect(UUID patientId, String iss) {
        return inTransaction(connections -> connections.disconnect(patientId, iss));
    }

    @Override
    public Optional<UUID> patientLinkedTo(String iss, String ehrPatientId) {
        return inTransaction(connections -> connections.patientLinkedTo(iss, ehrPatientId));
    }

    @Override
    public List<ConnectedEhr> of(UUID patientId) {
        return inTransaction(connections -> connections.of(patientId));
    }

    private <T> T inTransaction(Function<JpaEhrConnections, T> work) {
        return database.fetchInTransaction(entityManager -> work.apply(new JpaEhrConnections(
                entityManager,
                PatientSealer.using(new HealthDataCipher(
                        new PatientKeys(new JpaPatientDataKeys(entityManager), masterKeys, cache, RANDOM), RANDOM)),
                Clock.systemUTC())));
    }

    /** Carries a refusal out of the transaction, which rolls back. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient EhrFailure failure;

        Refused(EhrFailure failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }
}
