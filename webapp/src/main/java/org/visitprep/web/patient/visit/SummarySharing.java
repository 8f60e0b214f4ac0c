package org.visitprep.web.patient.visit;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.sharing.CareDirectory;
import org.visitprep.sharing.GrantOverview;
import org.visitprep.sharing.GrantState;
import org.visitprep.sharing.Grantee;
import org.visitprep.sharing.Sharing;
import org.visitprep.visit.Outcome;
import org.visitprep.visit.PreparedVisit;
import org.visitprep.visit.Visits;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;

/**
 * Sharing an approved summary from its page: with a clinician or a practice of the portal until a day (by default
 * seven days after the appointment), and stopping any of its shares at once.
 */
@Named
@ViewScoped
public class SummarySharing implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form whose messages say how sharing went. */
    private static final String FORM = "share";

    @EJB
    private Sharing sharing;

    @EJB
    private Visits visits;

    @EJB
    private CareDirectory directory;

    @Inject
    private SummaryReview review;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    private String granteeKey;
    private LocalDate until;
    private ZoneId zone;

    private transient List<GrantOverview> grants;

    /** Suggests sharing with whom the appointment is with, until seven days after it. */
    public void load() {
        UUID visitId = review.getVisitId();
        if (visitId == null) {
            return;
        }
        Optional<PreparedVisit> visit = visits.find(person.patientId(), visitId);
        visit.ifPresent(prepared -> {
            zone = prepared.appointment().getZone();
            until = prepared.appointment()
                    .plus(Sharing.DEFAULT_AFTER_APPOINTMENT)
                    .toLocalDate();
            granteeKey = Grantee.of(prepared.with()).map(GranteeChoice::keyOf).orElse(null);
        });
    }

    public void share() {
        Optional<Grantee> grantee = GranteeChoice.granteeOf(granteeKey);
        if (grantee.isEmpty()) {
            PageMessages.error(FORM, PageMessages.word("share.choose"));
            return;
        }
        Outcome<GrantOverview> shared =
                sharing.share(person.patientId(), review.getVisitId(), grantee.get(), endOf(until));
        if (shared instanceof Outcome.Done<GrantOverview>(GrantOverview grant)) {
            grants = null;
            PageMessages.info(FORM, PageMessages.word("share.done", grant.granteeName()));
        } else {
            PageMessages.refused(FORM, shared.problems(), language.getLocale());
        }
    }

    public void revoke(UUID grantId) {
        Outcome<GrantOverview> revoked = sharing.revoke(person.patientId(), grantId);
        grants = null;
        if (revoked instanceof Outcome.Done<GrantOverview>(GrantOverview grant)) {
            PageMessages.info(FORM, PageMessages.word("share.revoked", grant.granteeName()));
        } else {
            PageMessages.refused(FORM, revoked.problems(), language.getLocale());
        }
    }

    /** The shares of this visit's summary, latest first. */
    public List<GrantOverview> getGrants() {
        if (grants == null) {
            UUID visitId = review.getVisitId();
            grants = sharing.grantsOf(person.patientId()).stream()
                    .filter(grant -> grant.visitId().equals(visitId))
                    .toList();
        }
        return grants;
    }

    public boolean isActive(GrantOverview grant) {
        return grant.state() == GrantState.ACTIVE;
    }

    public List<SelectItem> getGranteeChoices() {
        return GranteeChoice.choices(
                directory.clinicians(),
                directory.practices(),
                directory.ehrOrganizations(),
                PageMessages.word("prepare.contact.clinicians"),
                PageMessages.word("prepare.contact.practices"),
                PageMessages.word("share.ehrOrganizations"));
    }

    /** The first instant after the chosen day, in the appointment's zone; null lets the core choose. */
    private Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    public ZoneId zone() {
        return zone == null ? ZoneId.systemDefault() : zone;
    }

    public String getGranteeKey() {
        return granteeKey;
    }

    public void setGranteeKey(String granteeKey) {
        this.granteeKey = granteeKey;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
