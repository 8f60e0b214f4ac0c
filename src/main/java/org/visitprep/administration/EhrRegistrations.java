package org.visitprep.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.registry.StoredClinicianMaps;
import org.visitprep.ehr.registry.StoredClinicianMaps.Mapping;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.identity.Role;

/**
 * The EHRs the portal is registered with, for administrators: what each one is (never its secret), and which portal
 * clinician each of its users is. The map is kept in the database and takes effect at the next launch on every node;
 * every change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class EhrRegistrations {

    private static final Logger LOG = Logger.getLogger(EhrRegistrations.class.getName());
    /** An EHR user as FHIR names one: {@code Practitioner/<id>} (or PractitionerRole, Person). */
    private static final Pattern FHIR_USER =
            Pattern.compile("(Practitioner|PractitionerRole|Person)/[A-Za-z0-9\\-.]{1,64}");

    @Inject
    private SmartLaunches smartLaunches;

    @Inject
    private StoredClinicianMaps maps;

    @Inject
    private IdentityProviderAdmin identityProvider;

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    /** Why a change of a map was refused; nothing changed. */
    public enum MapProblem {
        EHR_UNKNOWN,
        FHIR_USER_INVALID,
        CLINICIAN_UNKNOWN,
        NOT_MAPPED
    }

    /** Thrown with the problem a person reads, before anything changed. */
    @ApplicationException(rollback = true)
    public static final class MapRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final MapProblem problem;

        MapRefused(MapProblem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public MapProblem problem() {
            return problem;
        }
    }

    /** An EHR as administrators see it: what it is, and its map (EHR user, clinician's subject). */
    public record EhrView(
            String key,
            String name,
            String iss,
            String clientId,
            String organization,
            String origin,
            List<Mapping> clinicians) {}

    public List<EhrView> list() {
        return smartLaunches.registeredEhrs().all().stream()
                .map(ehr -> new EhrView(
                        ehr.key(),
                        ehr.name(),
                        ehr.iss(),
                        ehr.clientId(),
                        ehr.organization(),
                        ehr.origin(),
                        maps.mappings(ehr)))
                .toList();
    }

    /** Maps the EHR's user to the clinician (by their id at the identity provider), replacing any earlier mapping. */
    public void map(Administrator actor, String ehrKey, String fhirUser, String clinicianId) {
        RegisteredEhr ehr = ehr(ehrKey).orElseThrow(() -> new MapRefused(MapProblem.EHR_UNKNOWN));
        String user = fhirUser == null ? "" : fhirUser.strip();
        if (!FHIR_USER.matcher(user).matches()) {
            throw new MapRefused(MapProblem.FHIR_USER_INVALID);
        }
        ClinicianAccount clinician = identityProvider.client().clinicians().stream()
                .filter(c -> c.id().equals(clinicianId))
                .findFirst()
                .orElseThrow(() -> new MapRefused(MapProblem.CLINICIAN_UNKNOWN));
        String before = maps.mappings(ehr).stream()
                .filter(m -> m.fhirUser().equals(user))
                .map(Mapping::subject)
                .findFirst()
                .orElse(null);
        maps.put(ehr, user, clinician.id());
        record(
                actor,
                "ehr.map",
                ehr.key() + " " + user,
                before == null ? null : "clinician=" + before,
                "clinician=" + clinician.id() + " (" + clinician.username() + ")");
    }

    /** The EHR's user is no longer anyone in the portal: their launches open nothing. */
    public void unmap(Administrator actor, String ehrKey, String fhirUser) {
        RegisteredEhr ehr = ehr(ehrKey).orElseThrow(() -> new MapRefused(MapProblem.EHR_UNKNOWN));
        var existing = maps.mappings(ehr).stream()
                .filter(m -> m.fhirUser().equals(fhirUser))
                .findFirst()
                .orElseThrow(() -> new MapRefused(MapProblem.NOT_MAPPED));
        maps.remove(ehr, existing.fhirUser());
        record(actor, "ehr.unmap", ehr.key() + " " + existing.fhirUser(), "clinician=" + existing.subject(), null);
    }

    private Optional<RegisteredEhr> ehr(String key) {
        return smartLaunches.registeredEhrs().all().stream()
                .filter(ehr -> ehr.key().equals(key))
                .findFirst();
    }

    private void record(Administrator actor, String action, String target, String before, String after) {
        entityManager.persist(new AdministrativeChange(actor, action, target, before, after, clock.instant()));
        LOG.info(() -> "Administrative change " + action + " by account " + actor.accountId());
    }
}
