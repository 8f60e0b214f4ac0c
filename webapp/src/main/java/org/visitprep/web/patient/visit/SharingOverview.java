package org.visitprep.web.patient.visit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.sharing.AccessEntry;
import org.visitprep.sharing.GrantOverview;
import org.visitprep.sharing.GrantState;
import org.visitprep.sharing.Sharing;
import org.visitprep.visit.Outcome;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;

/**
 * What the patient shared and who looked: every share of their summaries (with whom, until when, whether it was
 * opened), each one stoppable at once, and every attempt to open one, granted or refused.
 */
@Named
@ViewScoped
public class SharingOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Sharing sharing;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    @Inject
    private SmartLaunches smartLaunches;

    private transient List<GrantOverview> grants;
    private transient List<AccessEntry> accesses;

    /** The patient's shares, latest first. */
    public List<GrantOverview> getGrants() {
        if (grants == null) {
            grants = sharing.grantsOf(person.patientId());
        }
        return grants;
    }

    /** The patient's access log, latest first. */
    public List<AccessEntry> getAccesses() {
        if (accesses == null) {
            accesses = sharing.accessEvents(person.patientId());
        }
        return accesses;
    }

    public void revoke(UUID grantId) {
        Outcome<GrantOverview> revoked = sharing.revoke(person.patientId(), grantId);
        grants = null;
        if (revoked instanceof Outcome.Done<GrantOverview>(GrantOverview grant)) {
            PageMessages.info(PageMessages.word("share.revoked", grant.granteeName()));
        } else {
            PageMessages.refused(revoked.problems(), language.getLocale());
        }
    }

    /** The name of the EHR an access came through, as the patient knows it; its organization id if unregistered. */
    public String ehrNameOf(AccessEntry access) {
        String organization = access.ehrOrganizationId();
        if (organization == null) {
            return "";
        }
        return smartLaunches.registeredEhrs().all().stream()
                .filter(ehr -> ehr.organization().equals(organization))
                .map(RegisteredEhr::name)
                .findFirst()
                .orElse(organization);
    }

    public boolean isActive(GrantOverview grant) {
        return grant.state() == GrantState.ACTIVE;
    }

    /** The appointment of the summary an access was about, or null when it names no share of the patient's. */
    public ZonedDateTime appointmentOf(AccessEntry access) {
        return grantOf(access).map(GrantOverview::appointment).orElse(null);
    }

    private Optional<GrantOverview> grantOf(AccessEntry access) {
        return Optional.ofNullable(access.grantId()).map(grantsById()::get);
    }

    /** The zone an access is shown in: that of the appointment it was about. */
    public ZoneId zoneOf(AccessEntry access) {
        return grantOf(access).map(grant -> grant.appointment().getZone()).orElse(ZoneId.systemDefault());
    }

    private Map<UUID, GrantOverview> grantsById() {
        return getGrants().stream().collect(Collectors.toMap(GrantOverview::id, Function.identity()));
    }
}
