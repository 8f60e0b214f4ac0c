package org.visitprep.web.smart;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import org.visitprep.ehr.ClinicianInContext;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.sharing.ClinicianNote;
import org.visitprep.sharing.DiscussedItem;
import org.visitprep.sharing.GrantState;
import org.visitprep.sharing.Grantee;
import org.visitprep.sharing.Opening;
import org.visitprep.sharing.Sharing;
import org.visitprep.sharing.Viewer;
import org.visitprep.visit.Outcome;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.patient.visit.PageMessages;
import org.visitprep.web.summary.SentenceView;
import org.visitprep.web.summary.SummaryReader;
import org.visitprep.web.summary.SummaryView;
import org.visitprep.web.summary.VisitView;

/**
 * The review screen of an EHR launch: the latest summary the patient in the EHR's context shared with that EHR's
 * organization, opened through the core (which writes the opening, channel EHR, in the patient's access log); or
 * "nothing has been shared with you", and no data. The clinician marks items discussed and leaves a note here too.
 */
@Named
@ViewScoped
public class SmartReview extends SummaryReader {

    private static final long serialVersionUID = 1L;

    public static final String PAGE = "/smart/review.xhtml";

    private static final String FORM = "discussed";

    /** What came of opening it. */
    public enum Result {
        OPENED,
        NOTHING_SHARED,
        NO_LONGER_SHARED
    }

    @EJB
    private Sharing sharing;

    @EJB
    private PatientRecords records;

    @Inject
    private LanguageSelection language;

    @Inject
    private HttpServletRequest request;

    private ClinicianInContext clinician;
    private Result result;
    private UUID grantId;
    private UUID patientId;
    private String patientName;
    private Instant expiresAt;
    private String refusal;
    private SummaryView summary;
    private List<ClinicianNote> notes = List.of();
    private List<String> discussed = new ArrayList<>();
    private String note;

    /** Opens the summary once per page: the opening is what the patient's access log shows. */
    public void open() {
        clinician = EhrLaunchSession.clinicianOf(request)
                .orElseThrow(() -> new SecurityException("No EHR launch in this session"));
        Optional<UUID> patient = clinician.portalPatient();
        Opening opening = patient.isPresent() ? sharing.openLatest(patient.get(), viewer()) : new Opening.NotYours();
        switch (opening) {
            case Opening.Opened opened -> {
                result = Result.OPENED;
                grantId = opened.summary().grantId();
                patientId = opened.summary().patientId();
                patientName = opened.summary().patientName();
                expiresAt = opened.summary().expiresAt();
                summary = SummaryView.of(opened.summary().summary());
                notes = opened.summary().notes();
            }
            case Opening.NoLongerShared gone -> {
                result = Result.NO_LONGER_SHARED;
                refusal = gone.message(language.getLocale(), ZoneId.systemDefault());
                status(HttpServletResponse.SC_GONE);
            }
            case Opening.NotYours notYours -> result = Result.NOTHING_SHARED;
        }
    }

    /** Marks the chosen items discussed, with the note; the patient reads both. */
    public void markDiscussed() {
        if (result != Result.OPENED) {
            return;
        }
        List<DiscussedItem> items = new ArrayList<>();
        for (String key : discussed) {
            parsedItem(key).ifPresent(items::add);
        }
        Outcome<List<ClinicianNote>> marked = sharing.markDiscussed(grantId, viewer(), items, note);
        if (marked instanceof Outcome.Done<List<ClinicianNote>>(List<ClinicianNote> all)) {
            notes = all;
            discussed = new ArrayList<>();
            note = null;
            PageMessages.info(FORM, word("discussed.done"));
        } else {
            PageMessages.refused(FORM, marked.problems(), language.getLocale());
        }
    }

    /** The record, while the summary is still shared with the EHR's organization. */
    @Override
    protected Optional<PatientRecord> citedRecord() {
        if (result != Result.OPENED) {
            return Optional.empty();
        }
        Grantee organization = Grantee.ehrOrganization(clinician.organizationId());
        boolean stillShared = sharing.grantsOf(patientId).stream()
                .anyMatch(grant -> grant.id().equals(grantId)
                        && grant.grantee().equals(organization)
                        && grant.state() == GrantState.ACTIVE);
        return stillShared ? Optional.of(records.openFor(patientId)) : Optional.empty();
    }

    /** What can be marked discussed: the agenda's items, then the summary's sentences. */
    public List<SelectItem> getDiscussableItems() {
        List<SelectItem> items = new ArrayList<>();
        if (summary == null) {
            return items;
        }
        VisitView visit = summary.visit();
        List<String> concerns = visit.concerns();
        for (int i = 0; i < concerns.size(); i++) {
            items.add(
                    new SelectItem(key(DiscussedItem.Kind.CONCERN, i + 1), word("discussed.concern", concerns.get(i))));
        }
        if (visit.symptoms() != null && !visit.symptoms().isBlank()) {
            items.add(new SelectItem(key(DiscussedItem.Kind.SYMPTOMS, 1), word("discussed.symptoms")));
        }
        List<String> questions = visit.questions();
        for (int i = 0; i < questions.size(); i++) {
            items.add(new SelectItem(
                    key(DiscussedItem.Kind.QUESTION, i + 1), word("discussed.question", questions.get(i))));
        }
        for (SentenceView sentence : summary.sentences()) {
            items.add(new SelectItem(key(DiscussedItem.Kind.SENTENCE, sentence.number()), sentence.text()));
        }
        return items;
    }

    private Viewer viewer() {
        return Viewer.throughEhr(clinician.clinicianId(), clinician.organizationId());
    }

    private static String key(DiscussedItem.Kind kind, int number) {
        return kind.name() + ":" + number;
    }

    /** An item key as the form sends it; one that names nothing is ignored (the core checks the rest). */
    static Optional<DiscussedItem> parsedItem(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DiscussedItem(
                    DiscussedItem.Kind.valueOf(key.substring(0, colon)), Integer.parseInt(key.substring(colon + 1))));
        } catch (IllegalArgumentException notAnItem) {
            return Optional.empty();
        }
    }

    private String word(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.visitprep.web.smart.messages", language.getLocale());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.getLocale()).format(arguments);
    }

    private static void status(int code) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
    }

    @Override
    public SummaryView getSummary() {
        return summary;
    }

    public Result getResult() {
        return result;
    }

    public ClinicianInContext getClinician() {
        return clinician;
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

    public List<ClinicianNote> getNotes() {
        return notes;
    }

    public List<String> getDiscussed() {
        return discussed;
    }

    public void setDiscussed(List<String> discussed) {
        this.discussed = discussed == null ? new ArrayList<>() : new ArrayList<>(discussed);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
