package org.visitprep.web.smart;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.ehr.ClinicianInContext;
import org.visitprep.record.PatientRecord;
import org.visitprep.sharing.Opening;
import org.visitprep.sharing.Viewer;
import org.visitprep.web.clinician.SharedSummaryReader;

/**
 * The review screen of an EHR launch: the latest summary the patient in the EHR's context shared with that EHR's
 * organization, opened through the core (which writes the opening, channel EHR, in the patient's access log); or
 * "nothing has been shared with you", and no data. The clinician marks items discussed and leaves a note here too.
 */
@Named
@ViewScoped
public class SmartReview extends SharedSummaryReader {

    private static final long serialVersionUID = 1L;

    public static final String PAGE = "/smart/review.xhtml";

    /** What came of opening it. */
    public enum Result {
        OPENED,
        NOTHING_SHARED,
        NO_LONGER_SHARED
    }

    @Inject
    private HttpServletRequest request;

    private ClinicianInContext clinician;
    private Result result;
    private String refusal;

    /** Opens the summary once per page: the opening is what the patient's access log shows. */
    public void open() {
        clinician = EhrLaunchSession.clinicianOf(request)
                .orElseThrow(() -> new SecurityException("No EHR launch in this session"));
        Optional<UUID> patient = clinician.portalPatient();
        Opening opening = patient.isPresent() ? sharing().openLatest(patient.get(), viewer()) : new Opening.NotYours();
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
            case Opening.NotYours notYours -> result = Result.NOTHING_SHARED;
        }
    }

    /** The record, while the summary is still shared with the EHR's organization. */
    @Override
    protected Optional<PatientRecord> citedRecord() {
        if (result != Result.OPENED) {
            return Optional.empty();
        }
        return recordThroughTheShare();
    }

    @Override
    protected Viewer viewer() {
        return Viewer.throughEhr(clinician.clinicianId(), clinician.organizationId());
    }

    public Result getResult() {
        return result;
    }

    public ClinicianInContext getClinician() {
        return clinician;
    }

    public String getRefusal() {
        return refusal;
    }
}
