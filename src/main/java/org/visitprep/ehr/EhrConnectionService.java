package org.visitprep.ehr;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.ehr.connection.ConnectedEhr;
import org.visitprep.ehr.connection.EhrConnections;
import org.visitprep.ehr.pull.ConnectionPull;
import org.visitprep.ehr.pull.FhirRecordPull;
import org.visitprep.ehr.pull.PullOutcome;
import org.visitprep.ehr.pull.PullStrategy;
import org.visitprep.ehr.registry.RegisteredEhrs;
import org.visitprep.ehr.smart.LaunchKind;
import org.visitprep.ehr.smart.LaunchSucceeded;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.identity.Role;

/**
 * Patients' EHR connections, for the web layer: connect after a standalone launch, pull (and re-sync: pull again,
 * the import de-duplicates), disconnect, and find which portal patient an EHR launch is about. Only a signed-in
 * patient calls it, but for that last question, which an EHR launch asks.
 */
@Stateless
@DeclareRoles({Role.Names.PATIENT, Role.Names.CLINICIAN, Role.Names.ADMIN})
@RolesAllowed(Role.Names.PATIENT)
public class EhrConnectionService {

    @EJB
    private EhrConnections connections;

    @Inject
    private SmartLaunches smartLaunches;

    @Inject
    private FhirRecordPull fhirRecordPull;

    private ConnectionPull pull;

    @PostConstruct
    void assemble() {
        pull = new ConnectionPull(
                connections,
                smartLaunches.registeredEhrs(),
                (ehr, refreshToken) ->
                        smartLaunches.client().refresh(ehr, refreshToken).tokens(),
                fhirRecordPull,
                Clock.systemUTC());
    }

    /**
     * Connects the patient's record at the EHR of a successful standalone launch, keeping its tokens sealed.
     *
     * @throws IllegalArgumentException for an EHR launch: a clinician's tokens never make a patient's connection
     */
    public ConnectOutcome connect(UUID patientId, LaunchSucceeded launch) {
        if (launch.kind() != LaunchKind.STANDALONE) {
            throw new IllegalArgumentException("Only a standalone patient launch connects a patient's record");
        }
        try {
            ConnectedEhr connected = connections.connect(
                    patientId,
                    launch.ehr().iss(),
                    launch.ehrPatientId(),
                    launch.tokens(),
                    launch.ehr().name());
            return new ConnectOutcome.Connected(connected);
        } catch (EhrFailure failure) {
            return new ConnectOutcome.ConnectRefused(failure.problem(), failure.arguments());
        }
    }

    /**
     * Pulls the patient's whole record from the connected EHR; hand a {@code RecordPulled}'s import source to the
     * import service. No transaction is held over the EHR's answers; refreshed tokens are kept at once.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PullOutcome pull(UUID patientId, String iss) {
        return pull.pull(patientId, iss, PullStrategy.EVERYTHING_WHEN_OFFERED);
    }

    /**
     * Forgets the connection and deletes its tokens.
     *
     * @return whether the patient was connected to that EHR
     */
    public boolean disconnect(UUID patientId, String iss) {
        String normalized;
        try {
            normalized = RegisteredEhrs.normalizedIss(iss);
        } catch (IllegalArgumentException notAnEhrAddress) {
            return false;
        }
        return connections.disconnect(patientId, normalized);
    }

    /**
     * The portal patient who connected their record at the EHR {@code iss}, where the EHR calls them so. Open to any
     * caller: an EHR launch asks it before anyone is signed in to the portal, with the launch's verified context.
     */
    @PermitAll
    public Optional<UUID> linkedPortalPatient(String iss, String ehrPatientId) {
        return smartLaunches
                .registeredEhrs()
                .byIss(iss)
                .flatMap(ehr -> connections.patientLinkedTo(ehr.iss(), ehrPatientId));
    }

    public List<ConnectedEhr> connectionsOf(UUID patientId) {
        return connections.of(patientId);
    }
}
