package org.visitprep.web.clinician;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import org.visitprep.record.PatientRecord;
import org.visitprep.sharing.ClinicianNote;
import org.visitprep.sharing.DiscussedItem;
import org.visitprep.sharing.SharedRecords;
import org.visitprep.sharing.SharedSummary;
import org.visitprep.sharing.Sharing;
import org.visitprep.sharing.Viewer;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.visit.FrozenReview;
import org.visitprep.visit.Outcome;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.patient.visit.PageMessages;
import org.visitprep.web.summary.SummaryReader;
import org.visitprep.web.summary.SummaryView;
import org.visitprep.web.summary.VisitView;

/**
 * A shared summary as a clinician reads it, from the portal or from inside their EHR, once the core opened it for
 * them (and wrote the opening in the patient's access log): besides opening its sources, they mark the items they
 * discussed (agenda items and sentences) and may leave a short note, which the patient reads. The core checks that
 * the summary is still shared with them.
 */
public abstract class SharedSummaryReader extends SummaryReader {

    private static final long serialVersionUID = 1L;

    @EJB
    private Sharing sharing;

    @EJB
    private SharedRecords sharedRecords;

    @Inject
    private LanguageSelection language;

    private UUID grantId;
    private UUID patientId;
    private String patientName;
    private Instant expiresAt;
    private SummaryView summary;
    private FrozenReview review;

    /** The id of the form the page gives the discussion (see {@code /WEB-INF/includes/discussion.xhtml}). */
    public static final String FORM = "discussed";

    private List<ClinicianNote> notes = List.of();
    private List<String> discussed = new ArrayList<>();
    private String note;

    /** Who reads, and through which channel: what the access log and the notes name. */
    protected abstract Viewer viewer();

    /** Shows what the core opened. */
    protected void show(SharedSummary opened) {
        grantId = opened.grantId();
        patientId = opened.patientId();
        patientName = opened.patientName();
        expiresAt = opened.expiresAt();
        summary = SummaryView.of(opened.summary(), Audience.CLINICIAN);
        review = opened.review();
        notes = List.copyOf(opened.notes());
    }

    /** Answers the page with this HTTP status, e.g. 410 for a summary no longer shared. */
    protected static void respondWith(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    /**
     * The patient's record, while the share it was opened through is one the reader may open: the core checks the
     * grant and the viewer at every read.
     */
    protected Optional<PatientRecord> recordThroughTheShare() {
        return sharedRecords.citedRecord(grantId, viewer());
    }

    protected Sharing sharing() {
        return sharing;
    }

    protected Locale locale() {
        return language.getLocale();
    }

    /** The share the summary was opened through; null until it is. */
    protected UUID grantId() {
        return grantId;
    }

    protected UUID patientId() {
        return patientId;
    }

    /** Marks the chosen items discussed, with the note; the patient reads both. */
    public void markDiscussed() {
        if (grantId == null) {
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
            PageMessages.refused(FORM, marked.problems(), locale());
        }
    }

    /** What can be marked discussed: the agenda's items, then the summary's sentences. */
    public List<SelectItem> getDiscussableItems() {
        List<SelectItem> items = new ArrayList<>();
        if (getSummary() == null) {
            return items;
        }
        VisitView visit = getSummary().visit();
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
        for (SummarySentence sentence : getSummary().sentences()) {
            items.add(new SelectItem(key(DiscussedItem.Kind.SENTENCE, sentence.number()), sentence.clinicianText()));
        }
        return items;
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
        ResourceBundle bundle = ResourceBundle.getBundle("org.visitprep.web.clinician.messages", locale());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** The trend readings frozen with the approved summary: the page reads no cited entry to draw its charts. */
    @Override
    protected FrozenReview frozenReview() {
        return review;
    }

    @Override
    public SummaryView getSummary() {
        return summary;
    }

    public String getPatientName() {
        return patientName;
    }

    public Instant getExpiresAt() {
        return expiresAt;
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
