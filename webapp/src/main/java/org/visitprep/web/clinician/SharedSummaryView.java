package org.visitprep.web.clinician;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.record.PatientRecord;
import org.visitprep.sharing.Opening;
import org.visitprep.sharing.Viewer;
import org.visitprep.web.layout.RequestedId;
import org.visitprep.web.security.SignedInPerson;

/**
 * A summary shared with the signed-in clinician, opened through the portal: the core decides and writes the opening
 * in the patient's access log. Not shared with them, or no longer, the page says so and shows no data (403 or 410).
 * Sources are read from the patient's record only while the summary is still shared with the clinician, who marks
 * what was discussed here.
 */
@Named
@ViewScoped
public class SharedSummaryView extends SharedSummaryReader {

    private static final long serialVersionUID = 1L;

    /** What came of opening it. */
    public enum Result {
        OPENED,
        NOT_YOURS,
        NO_LONGER_SHARED
    }

    @Inject
    private SignedInPerson person;

    private String grant;
    private Result result;
    private String refusal;

    /** Opens the shared summary, once per page: the opening is what the patient's access log shows. */
    public void open() {
        Optional<UUID> requested = RequestedId.parse(grant);
        Opening opening = requested.isPresent() ? sharing().open(requested.get(), viewer()) : new Opening.NotYours();
        switch (opening) {
            case Opening.Opened opened -> {
                result = Result.OPENED;
                show(opened.summary());
            }
            case Opening.NoLongerShared gone -> {
                result = Result.NO_LONGER_SHARED;
                refusal = gone.message(locale(), ZoneId.systemDefault());
                respondWith(HttpServletResponse.SC_GONE);
            }
            case Opening.NotYours notYours -> {
                result = Result.NOT_YOURS;
                refusal = notYours.message(locale());
                respondWith(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }

    /** The patient's record, while the summary is still shared with the clinician (it is on their worklist). */
    @Override
    protected Optional<PatientRecord> citedRecord() {
        if (result != Result.OPENED) {
            return Optional.empty();
        }
        return recordThroughTheShare();
    }

    @Override
    protected Viewer viewer() {
        return Viewer.throughPortal(person.clinicianId());
    }

    public Result getResult() {
        return result;
    }

    public boolean isOpened() {
        return result == Result.OPENED;
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
