package org.visitprep.ehr.connection;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.crypto.PatientDataProtection;
import org.visitprep.crypto.PatientSealer;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.smart.TokenSet;

/**
 * {@link EhrConnections} in the container: each call joins the caller's transaction, or runs in one of its own when
 * the caller has none (a pull, which keeps no transaction open over its HTTP calls).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ConnectionStore implements EhrConnections {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    @EJB
    private PatientDataProtection protection;

    @Override
    public ConnectedEhr connect(UUID patientId, String iss, String ehrPatientId, TokenSet tokens, String ehrName)
            throws EhrFailure {
        return jpa().connect(patientId, iss, ehrPatientId, tokens, ehrName);
    }

    @Override
    public Optional<ConnectionAccess> accessOf(UUID patientId, String iss) {
        return jpa().accessOf(patientId, iss);
    }

    @Override
    public void renewTokens(UUID patientId, String iss, TokenSet tokens) {
        jpa().renewTokens(patientId, iss, tokens);
    }

    @Override
    public void recordPull(UUID patientId, String iss, Instant at) {
        jpa().recordPull(patientId, iss, at);
    }

    @Override
    public boolean disconnect(UUID patientId, String iss) {
        return jpa().disconnect(patientId, iss);
    }

    @Override
    public Optional<UUID> patientLinkedTo(String iss, String ehrPatientId) {
        return jpa().patientLinkedTo(iss, ehrPatientId);
    }

    @Override
    public List<ConnectedEhr> of(UUID patientId) {
        return jpa().of(patientId);
    }

    private JpaEhrConnections jpa() {
        return new JpaEhrConnections(entityManager, PatientSealer.using(protection), Clock.systemUTC());
    }
}
