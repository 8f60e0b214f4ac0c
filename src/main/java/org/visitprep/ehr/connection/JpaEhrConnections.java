package org.visitprep.ehr.connection;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.crypto.PatientSealer;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.smart.TokenSet;

/** {@link EhrConnections} kept by JPA in the caller's transaction, with an entity manager its creator manages. */
public class JpaEhrConnections implements EhrConnections {

    private final EntityManager entityManager;
    private final PatientSealer sealing;
    private final Clock clock;

    public JpaEhrConnections(EntityManager entityManager, PatientSealer sealing, Clock clock) {
        this.entityManager = entityManager;
        this.sealing = sealing;
        this.clock = clock;
    }

    @Override
    public ConnectedEhr connect(UUID patientId, String iss, String ehrPatientId, TokenSet tokens, String ehrName)
            throws EhrFailure {
        Optional<EhrConnection> linked = ofEhrPatient(iss, ehrPatientId);
        if (linked.isPresent() && !linked.get().patientId().equals(patientId)) {
            throw new EhrFailure(EhrProblem.ALREADY_LINKED, ehrName);
        }
        byte[] sealed = SealedTokens.seal(sealing, patientId, iss, tokens);
        Instant now = clock.instant();
        Optional<EhrConnection> existing = find(patientId, iss);
        EhrConnection connection;
        if (existing.isPresent()) {
            connection = existing.get();
            connection.reconnect(ehrPatientId, sealed, now);
        } else {
            connection = new EhrConnection(patientId, iss, ehrPatientId, sealed, now);
            entityManager.persist(connection);
        }
        entityManager.flush();
        return ConnectedEhr.of(connection);
    }

    @Override
    public Optional<ConnectionAccess> accessOf(UUID patientId, String iss) {
        return find(patientId, iss)
                .map(connection -> new ConnectionAccess(
                        connection.ehrPatientId(),
                        SealedTokens.open(sealing, patientId, iss, connection.sealedTokens())));
    }

    @Override
    public void renewTokens(UUID patientId, String iss, TokenSet tokens) {
        find(patientId, iss)
                .ifPresent(connection ->
                        connection.renewTokens(SealedTokens.seal(sealing, patientId, iss, tokens), clock.instant()));
    }

    @Override
    public void recordPull(UUID patientId, String iss, Instant at) {
        find(patientId, iss).ifPresent(connection -> connection.pulled(at));
    }

    @Override
    public boolean disconnect(UUID patientId, String iss) {
        Optional<EhrConnection> connection = find(patientId, iss);
        connection.ifPresent(entityManager::remove);
        entityManager.flush();
        return connection.isPresent();
    }

    @Override
    public Optional<UUID> patientLinkedTo(String iss, String ehrPatientId) {
        return ofEhrPatient(iss, ehrPatientId).map(EhrConnection::patientId);
    }

    @Override
    public List<ConnectedEhr> of(UUID patientId) {
        return entityManager
                .createNamedQuery(EhrConnection.OF_PATIENT, EhrConnection.class)
                .setParameter("patientId", patientId)
                .getResultStream()
                .map(ConnectedEhr::of)
                .toList();
    }

    private Optional<EhrConnection> find(UUID patientId, String iss) {
        return entityManager
                .createNamedQuery(EhrConnection.OF_PATIENT_AT, EhrConnection.class)
                .setParameter("patientId", patientId)
                .setParameter("iss", iss)
                .getResultStream()
                .findFirst();
    }

    private Optional<EhrConnection> ofEhrPatient(String iss, String ehrPatientId) {
        return entityManager
                .createNamedQuery(EhrConnection.OF_EHR_PATIENT, EhrConnection.class)
                .setParameter("iss", iss)
                .setParameter("ehrPatientId", ehrPatientId)
                .getResultStream()
                .findFirst();
    }
}
