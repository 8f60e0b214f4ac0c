package org.visitprep.home;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.visitprep.identity.Role;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.sharing.GrantOverview;
import org.visitprep.sharing.GrantState;
import org.visitprep.sharing.Sharing;
import org.visitprep.summary.SummaryDrafting;
import org.visitprep.summary.facts.ReviewWindow;
import org.visitprep.visit.Visits;

/**
 * Gathers the patient's home page for the signed-in patient only: callers pass the account id of the session, never
 * an id from a request.
 */
@Stateless
@DeclareRoles({Role.Names.PATIENT, Role.Names.CLINICIAN, Role.Names.ADMIN})
@RolesAllowed(Role.Names.PATIENT)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PatientHome {

    /** The openings shown on the home page; the sharing page lists them all. */
    static final int LATEST_ACCESSES = 5;

    @EJB
    private Visits visits;

    @EJB
    private Sharing sharing;

    @EJB
    private PatientRecords records;

    @Inject
    private SummaryDrafting drafting;

    private final Clock clock = Clock.systemUTC();

    public HomeOverview overview(UUID patientId, ZoneId zone, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<GrantOverview> active = sharing.grantsOf(patientId).stream()
                .filter(grant -> grant.state() == GrantState.ACTIVE)
                .sorted(Comparator.comparing(GrantOverview::expiresAt))
                .toList();
        return new HomeOverview(
                visits.upcoming(patientId, zone).stream().findFirst(),
                drafting.needingAttention(
                        records.openFor(patientId), ReviewWindow.lastTwelveMonths(today, zone), locale),
                active,
                sharing.accessEvents(patientId).stream().limit(LATEST_ACCESSES).toList());
    }
}
