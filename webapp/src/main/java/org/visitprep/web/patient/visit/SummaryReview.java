package org.visitprep.web.patient.visit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.visit.Outcome;
import org.visitprep.visit.PreparedVisit;
import org.visitprep.visit.VisitSummary;
import org.visitprep.visit.Visits;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.layout.RequestedId;
import org.visitprep.web.security.SignedInPerson;
import org.visitprep.web.summary.SummaryReader;
import org.visitprep.web.summary.SummaryView;

/**
 * The patient reviews their visit's summary sentence by sentence: opens each one's sources, keeps, removes or edits
 * it, adds their own words, and approves it, after which it no longer changes. Every change goes through the core,
 * which refuses bad input with a message and changes nothing.
 */
@Named
@ViewScoped
public class SummaryReview extends SummaryReader {

    private static final long serialVersionUID = 1L;

    @EJB
    private Visits visits;

    @EJB
    private PatientRecords records;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    private String visit;
    private UUID visitId;
    private boolean found;
    private ZonedDateTime appointment;
    private String withName;
    private SummaryView summary;
    private Integer editing;
    private String editText;
    private String addedText;

    /** Reads the visit's approved summary, or else the draft under review. */
    public void load() {
        found = false;
        Optional<PreparedVisit> prepared = RequestedId.parse(visit).flatMap(id -> visits.find(person.patientId(), id));
        if (prepared.isEmpty()) {
            return;
        }
        found = true;
        visitId = prepared.get().id();
        appointment = prepared.get().appointment();
        withName = prepared.get().with().name();
        reread();
    }

    public void remove(int number) {
        if (review(visits.removeSentence(person.patientId(), visitId, number))) {
            focusOn(number, "vp-keep");
        }
    }

    /** Puts a removed sentence back in the summary. */
    public void keep(int number) {
        if (review(visits.keepSentence(person.patientId(), visitId, number))) {
            focusOn(number, "vp-remove");
        }
    }

    public void startEditing(int number) {
        summary.sentence(number).ifPresent(sentence -> {
            editing = number;
            editText = sentence.patientText();
            PrimeFaces.current().executeScript("VisitPrep.focusOn('textarea.vp-edit-text')");
        });
    }

    public void cancelEditing() {
        if (editing != null) {
            focusOn(editing, "vp-edit");
        }
        editing = null;
        editText = null;
    }

    /**
     * Puts the sentence in the patient's words. It keeps its sources while the words still say what its records say;
     * otherwise the words are kept as the patient's own, and the page says so (and, for a sentence the summary must
     * keep, that the record's sentence stays and the words were added after it).
     */
    public void saveEdit() {
        if (editing == null) {
            return;
        }
        int number = editing;
        int sentencesBefore = summary.sentences().size();
        if (review(visits.editSentence(person.patientId(), visitId, number, editText))) {
            if (summary.sentences().size() > sentencesBefore) {
                PageMessages.info(PageMessages.word("review.edit.added"));
            } else if (summary.sentence(number)
                    .map(SummarySentence::isAddedByPatient)
                    .orElse(false)) {
                PageMessages.info(PageMessages.word("review.edit.ownWords"));
            }
            cancelEditing();
        }
    }

    /** Adds the patient's own sentence at the end; it cites nothing. */
    public void add() {
        if (review(visits.addSentence(person.patientId(), visitId, addedText))) {
            addedText = null;
        }
    }

    /** Approves the summary as reviewed: a frozen version that can be shared; the page shows it afresh. */
    public String approve() {
        Outcome<VisitSummary> approved = visits.approve(person.patientId(), visitId);
        if (!approved.isDone()) {
            PageMessages.refused(approved.problems(), language.getLocale());
            return null;
        }
        PageMessages.info(PageMessages.word("review.approved"));
        PageMessages.keepForNextPage();
        return "/patient/summary?faces-redirect=true&visit=" + visitId;
    }

    /** Shows the changed summary, or, refused, why; answers whether it changed. */
    private boolean review(Outcome<VisitSummary> outcome) {
        if (outcome instanceof Outcome.Done<VisitSummary>(VisitSummary changed)) {
            summary = SummaryView.of(changed, Audience.PATIENT);
            return true;
        }
        PageMessages.refused(outcome.problems(), language.getLocale());
        return false;
    }

    /** Puts the keyboard focus on a button of a sentence once the page is updated. */
    private static void focusOn(int number, String buttonClass) {
        PrimeFaces.current()
                .executeScript("VisitPrep.focusOn('li[data-sentence=\"" + number + "\"] ." + buttonClass + "')");
    }

    private void reread() {
        closeAllSources();
        Optional<VisitSummary> approved = visits.approvedSummary(person.patientId(), visitId);
        if (approved.isPresent()) {
            summary = SummaryView.of(approved.get(), Audience.PATIENT);
            return;
        }
        Outcome<VisitSummary> draft = visits.draftSummary(person.patientId(), visitId);
        summary = draft instanceof Outcome.Done<VisitSummary>(VisitSummary value)
                ? SummaryView.of(value, Audience.PATIENT)
                : null;
    }

    @Override
    protected Optional<PatientRecord> citedRecord() {
        return Optional.of(records.openFor(person.patientId()));
    }

    @Override
    public SummaryView getSummary() {
        return summary;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isApproved() {
        return summary != null && summary.isApproved();
    }

    public boolean isEditing(int number) {
        return editing != null && editing == number;
    }

    public UUID getVisitId() {
        return visitId;
    }

    public ZonedDateTime getAppointment() {
        return appointment;
    }

    public String getWithName() {
        return withName;
    }

    public String getVisit() {
        return visit;
    }

    public void setVisit(String visit) {
        this.visit = visit;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

    public String getAddedText() {
        return addedText;
    }

    public void setAddedText(String addedText) {
        this.addedText = addedText;
    }
}
