package org.visitprep.ehr;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.visitprep.ehr.registry.EhrClinicianMap;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.registry.StoredClinicianMaps;
import org.visitprep.ehr.smart.LaunchKind;
import org.visitprep.ehr.smart.LaunchSucceeded;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.identity.Role;
import org.visitprep.identity.UserAccount;
import org.visitprep.identity.UserAccounts;

/**
 * Turns a verified EHR launch into a clinician in context: the EHR's {@code fhirUser} mapped to a portal clinician
 * ({@link EhrClinicianMap}), and the portal patient who linked the EHR's patient, if any. It stores nothing and signs
 * no one in to the portal itself: the web layer keeps the answer for the launch's pages only.
 */
@Stateless
public class EhrLaunchSignIn {

    @Inject
    private SmartLaunches smartLaunches;

    @Inject
    private UserAccounts accounts;

    @EJB
    private EhrConnectionService connections;

    /** The maps as administrators keep them, seeded from the configured ones ({@link EhrClinicianMap}). */
    @Inject
    private StoredClinicianMaps storedMaps;

    /**
     * @throws IllegalArgumentException for a standalone launch: a patient's launch never signs in a clinician
     */
    public EhrLaunchOutcome signIn(LaunchSucceeded launch) {
        if (launch.kind() != LaunchKind.EHR) {
            throw new IllegalArgumentException("Only an EHR launch signs in a clinician");
        }
        RegisteredEhr ehr = launch.ehr();
        if (ehr.organization().isBlank()) {
            return refused(EhrProblem.EHR_MISCONFIGURED, ehr.name(), "organization");
        }
        Optional<UserAccount> clinician = storedMaps
                .subjectOf(ehr, launch.fhirUser())
                .flatMap(accounts::bySubject)
                .filter(account -> account.role() == Role.CLINICIAN);
        if (clinician.isEmpty()) {
            return refused(EhrProblem.CLINICIAN_UNKNOWN, ehr.name(), launch.fhirUser());
        }
        return new ClinicianInContext(
                clinician.get().id(),
                clinician.get().displayName(),
                ehr.iss(),
                ehr.name(),
                ehr.organization(),
                launch.ehrPatientId(),
                connections
                        .linkedPortalPatient(ehr.iss(), launch.ehrPatientId())
                        .orElse(null));
    }

    private static EhrLaunchOutcome refused(EhrProblem problem, String... arguments) {
        return new EhrLaunchOutcome.Refused(problem, List.of(arguments));
    }
}
