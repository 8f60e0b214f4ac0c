package org.visitprep.web.clinician;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.sharing.Opening;
import org.visitprep.sharing.Sharing;
import org.visitprep.sharing.Viewer;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.layout.RequestedId;
import org.visitprep.web.security.SignedInPerson;
import org.visitprep.web.summary.SummaryView;

/**
 * A summary shared with the signed-in clinician, opened through the portal: the core decides and writes the opening
 * in the patient's access log. Not shared with them, or no longer, the page says so and shows no data (403 or 410).
 * Sources are read from the patient's record only while the summary is still shared with the clinician, who marks
 * what was discussed here.
 */
@Named
@ViewScoped
public class SharedSummaryView extends DiscussionReader {

    private static final long serialVersionUID = 1L;

    /** What came of opening it. */
    public enum Result {
        OPENED,
        NOT_YOURS,
        NO_LONGER_SHARED
    }

    @EJB
    private Sharing sharing;

    @EJB
    private PatientRecords records;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    private String grant;
    private UUID grantId;
    private UUID patientId;
    private Result result;
    private String patientName;
    private Instant expiresAt;
    private String refusal;
    private SummaryView summary;

    /** Opens the shared summary, once per page: the opening is what the patient's access log shows. */
    public void open() {
        Optional<UUID> requested = RequestedId.parse(grant);
        Opening opening = requested.isPresent() ? sharing.open(requested.get(), viewer()) : new Opening.NotYours();
        switch (opening) {
            case Opening.Opened opened -> {
                result = Result.OPENED;
                grantId = opened.summary().grantId();
                patientId = opened.summary().patientId();
                patientName = opened.summary().patientName();
                expiresAt = opened.summary().expiresAt();
                summary = SummaryView.of(opened.summary().summary());
                showNotes(opened.summary().notes());
            }
            case Opening.NoLongerShared gone -> {
                result = Result.NO_LONGER_SHARED;
                refusal = gone.message(language.getLocale(), ZoneId.systemDefault());
                status(HttpServletResponse.SC_GONE);
            }
            case Opening.NotYours notYours -> {
                result = Result.NOT_YOURS;
                refusal = notYours.message(language.getLocale());
                status(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }

    /** The patient's record, while the summary is still shared with the clinician (it is on their worklist). */
    @Override
    protected Optional<PatientRecord> citedRecord() {
        if (result != Result.OPENED) {
            return Optional.empty();
        }
        boolean stillShared = sharing.worklist(person.clinicianId(), ZoneId.systemDefault()).stream()
                .anyMatch(entry -> entry.grantId().equals(grantId));
        return stillShared ? Optional.of(records.openFor(patientId)) : Optional.empty();
    }

    @Override
    protected Viewer viewer() {
        return Viewer.throughPortal(person.clinicianId());
    }

    @Override
    protected Sharing sharing() {
        return sharing;
    }

    @Override
    protected UUID grantId() {
        return result == Result.OPENED ? grantId : null;
    }

    @Override
    protected Locale locale() {
        return language.getLocale();
    }

    private static void status(int code) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseStatus(code);
    }

    @Override
    public SummaryView getSummary() {
        return summary;
    }

    public Result getResult() {
        return result;
    }

    public boolean isOpened() {
        return result == Result.OPENED;
    }

    public String getPatientName() {
        return patientName;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getGrant() {
        return grant;
    }

    public void setGrant(String grant) {
        this.grant = grant;
    }
}
