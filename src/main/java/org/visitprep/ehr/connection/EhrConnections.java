package org.visitprep.ehr.connection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.smart.TokenSet;

/**
 * Patients' connections to EHRs, keyed by portal patient and EHR ({@code iss}). Tokens go in and come out in clear;
 * they are kept sealed.
 */
public interface EhrConnections {

    /**
     * Connects the patient's record at the EHR, or connects it again with new tokens.
     *
     * @throws EhrFailure {@link org.visitprep.ehr.EhrProblem#ALREADY_LINKED} when that EHR patient is connected to
     *     another portal patient; nothing changes then
     */
    ConnectedEhr connect(UUID patientId, String iss, String ehrPatientId, TokenSet tokens, String ehrName)
            throws EhrFailure;

    /** The EHR patient id and the tokens of the patient's connection to the EHR, opened. */
    Optional<ConnectionAccess> accessOf(UUID patientId, String iss);

    /** Keeps the tokens of a refresh in place of the old ones. */
    void renewTokens(UUID patientId, String iss, TokenSet tokens);

    void recordPull(UUID patientId, String iss, Instant at);

    /**
     * Deletes the connection with its tokens.
     *
     * @return whether there was one
     */
    boolean disconnect(UUID patientId, String iss);

    /** The portal patient whose record at the EHR {@code iss} is the EHR's patient {@code ehrPatientId}. */
    Optional<UUID> patientLinkedTo(String iss, String ehrPatientId);

    List<ConnectedEhr> of(UUID patientId);
}
