package org.visitprep.web.patient.visit;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.visitprep.sharing.CareDirectory;
import org.visitprep.visit.Agenda;
import org.visitprep.visit.AgendaItem;
import org.visitprep.visit.CareContact;
import org.visitprep.visit.Outcome;
import org.visitprep.visit.PreparedVisit;
import org.visitprep.visit.VisitForm;
import org.visitprep.visit.Visits;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.layout.RequestedId;
import org.visitprep.web.security.SignedInPerson;

/**
 * Preparing a visit: the appointment, with whom, the reason and the agenda, saved as a draft; then the summary,
 * drafted in the background while the page polls ({@link SummaryGenerationPanel}). The visit id comes as a view
 * parameter and is only ever looked up for the signed-in patient.
 */
@Named
@ViewScoped
public class VisitPreparationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "prepare";

    @EJB
    private Visits visits;

    @EJB
    private CareDirectory directory;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    private String id;
    private UUID visitId;
    private boolean found = true;
    private boolean editable = true;
    private LocalDateTime appointment;
    private String zone;
    private String contactKey;
    private String otherName;
    private String reason;
    private final List<EditableLine> concerns = new ArrayList<>();
    private String symptoms;
    private final List<EditableLine> questions = new ArrayList<>();
    private final List<EditableLine> medicines = new ArrayList<>();
    private String moveAnnouncement;

    private transient List<CareContact> clinicians;
    private transient List<CareContact> practices;

    /** Fills the form from the saved visit, or starts a new one. */
    public void load() {
        if (id == null || id.isBlank()) {
            concerns.add(new EditableLine());
            return;
        }
        Optional<PreparedVisit> visit =
                RequestedId.parse(id).flatMap(visitId -> visits.find(person.patientId(), visitId));
        if (visit.isEmpty()) {
            found = false;
            return;
        }
        show(visit.get());
    }

    /** Saves the visit as it is on the page; a refusal changes nothing and says what to fix, beside each field. */
    public String save() {
        boolean wasNew = isNewVisit();
        Optional<PreparedVisit> saved = saveVisit();
        if (saved.isEmpty()) {
            return null;
        }
        PageMessages.info(PageMessages.word("prepare.saved"));
        return wasNew ? addressOfSaved() : null;
    }

    /** Saves the visit and shows it as saved; or, refused, says why beside each field and answers nothing. */
    Optional<PreparedVisit> saveVisit() {
        if (!editable) {
            return Optional.empty();
        }
        Optional<CareContact> contact = ContactChoice.contactOf(contactKey, otherName, practices());
        VisitForm form = new VisitForm(appointmentAt(), contact.orElse(null), reason, agenda());
        Outcome<PreparedVisit> outcome = visitId == null
                ? visits.prepare(person.patientId(), form)
                : visits.revise(person.patientId(), visitId, form);
        if (outcome instanceof Outcome.Done<PreparedVisit>(PreparedVisit visit)) {
            show(visit);
            return Optional.of(visit);
        }
        boolean other = ContactChoice.OTHER.equals(contactKey);
        outcome.problems()
                .forEach(problem -> PageMessages.error(
                        ProblemFields.fieldOf(problem, other)
                                .map(field -> FORM + ":" + field)
                                .orElse(null),
                        problem.message(language.getLocale())));
        return Optional.empty();
    }

    /** The address of this page for the saved visit, keeping the messages for it. */
    String addressOfSaved() {
        PageMessages.keepForNextPage();
        return "/patient/visit?faces-redirect=true&id=" + visitId;
    }

    public void addConcern() {
        if (concerns.size() < Agenda.MOST_CONCERNS) {
            concerns.add(new EditableLine());
            focus("concerns", concerns.size() - 1, "concern");
        }
    }

    public void removeConcern(int index) {
        remove(concerns, index);
        focus(null, 0, "add-concern");
    }

    /** Moves a concern one place up in the order of importance; focus stays on it. */
    public void moveConcernUp(int index) {
        moveConcern(index, index - 1);
    }

    public void moveConcernDown(int index) {
        moveConcern(index, index + 1);
    }

    public void addQuestion() {
        if (questions.size() < Agenda.MOST_QUESTIONS) {
            questions.add(new EditableLine());
            focus("questions", questions.size() - 1, "question");
        }
    }

    public void removeQuestion(int index) {
        remove(questions, index);
        focus(null, 0, "add-question");
    }

    public void addMedicine() {
        if (medicines.size() < Agenda.MOST_MEDICINES) {
            medicines.add(new EditableLine());
            focus("medicines", medicines.size() - 1, "medicine");
        }
    }

    public void removeMedicine(int index) {
        remove(medicines, index);
        focus(null, 0, "add-medicine");
    }

    /** The choices of whom the visit is with: the portal's clinicians, its practices, and someone else. */
    public List<SelectItem> getContactChoices() {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem("", PageMessages.word("prepare.contact.choose")));
        choices.add(group("prepare.contact.clinicians", clinicians()));
        if (!practices().isEmpty()) {
            choices.add(group("prepare.contact.practices", practices()));
        }
        choices.add(new SelectItem(ContactChoice.OTHER, PageMessages.word("prepare.contact.other")));
        return choices;
    }

    public boolean isOtherContact() {
        return ContactChoice.OTHER.equals(contactKey);
    }

    public boolean isNewVisit() {
        return visitId == null;
    }

    public boolean isCanAddConcern() {
        return editable && concerns.size() < Agenda.MOST_CONCERNS;
    }

    public boolean isCanAddQuestion() {
        return editable && questions.size() < Agenda.MOST_QUESTIONS;
    }

    public boolean isCanAddMedicine() {
        return editable && medicines.size() < Agenda.MOST_MEDICINES;
    }

    public int getMostConcerns() {
        return Agenda.MOST_CONCERNS;
    }

    private void moveConcern(int from, int to) {
        if (from < 0 || to < 0 || from >= concerns.size() || to >= concerns.size()) {
            return;
        }
        Collections.swap(concerns, from, to);
        moveAnnouncement = PageMessages.word("prepare.concern.moved", to + 1);
        boolean upStillWorks = to > 0;
        boolean downStillWorks = to < concerns.size() - 1;
        boolean movedUp = to < from;
        focus("concerns", to, (movedUp && upStillWorks) || !downStillWorks ? "up" : "down");
    }

    private static void remove(List<EditableLine> lines, int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    /** Puts the keyboard focus on an input of a row (or of the form) after the page is updated. */
    private static void focus(String list, int row, String input) {
        String clientId = list == null ? FORM + ":" + input : FORM + ":" + list + ":" + row + ":" + input;
        if (FacesContext.getCurrentInstance() != null && PrimeFaces.current().isAjaxRequest()) {
            PrimeFaces.current().executeScript("VisitPrep.focusId('" + clientId + "')");
        }
    }

    private void show(PreparedVisit visit) {
        visitId = visit.id();
        id = visit.id().toString();
        editable = visit.status().isEditable();
        appointment = visit.appointment().toLocalDateTime();
        zone = visit.appointment().getZone().getId();
        contactKey = ContactChoice.keyOf(visit.with());
        otherName = ContactChoice.OTHER.equals(contactKey) ? visit.with().name() : "";
        reason = visit.reason();
        symptoms = visit.agenda().symptoms();
        replace(concerns, visit.agenda().concerns());
        replace(questions, visit.agenda().questions());
        replace(medicines, visit.agenda().medicines());
        if (concerns.isEmpty() && editable) {
            concerns.add(new EditableLine());
        }
    }

    private static void replace(List<EditableLine> lines, List<AgendaItem> items) {
        lines.clear();
        items.forEach(item -> lines.add(new EditableLine(item.text())));
    }

    /** The agenda as written; lines left blank are dropped rather than refused. */
    private Agenda agenda() {
        return new Agenda(items(concerns), symptoms, items(questions), items(medicines));
    }

    private static List<AgendaItem> items(List<EditableLine> lines) {
        return lines.stream()
                .map(EditableLine::getText)
                .filter(text -> text != null && !text.isBlank())
                .map(AgendaItem::of)
                .toList();
    }

    private ZonedDateTime appointmentAt() {
        return appointment == null ? null : appointment.atZone(zoneId());
    }

    /** The zone of the appointment: the browser's for a new visit, the saved one's otherwise. */
    ZoneId zoneId() {
        try {
            return zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            return ZoneId.systemDefault();
        }
    }

    private SelectItemGroup group(String labelKey, List<CareContact> contacts) {
        SelectItemGroup group = new SelectItemGroup(PageMessages.word(labelKey));
        group.setSelectItems(contacts.stream()
                .map(contact -> new SelectItem(ContactChoice.keyOf(contact), contact.name()))
                .toArray(SelectItem[]::new));
        return group;
    }

    private List<CareContact> clinicians() {
        if (clinicians == null) {
            clinicians = directory.clinicians();
        }
        return clinicians;
    }

    private List<CareContact> practices() {
        if (practices == null) {
            practices = directory.practices();
        }
        return practices;
    }

    UUID visitId() {
        return visitId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isEditable() {
        return editable;
    }

    public LocalDateTime getAppointment() {
        return appointment;
    }

    public void setAppointment(LocalDateTime appointment) {
        this.appointment = appointment;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        if (visitId == null) {
            this.zone = zone;
        }
    }

    public String getContactKey() {
        return contactKey;
    }

    public void setContactKey(String contactKey) {
        this.contactKey = contactKey;
    }

    public String getOtherName() {
        return otherName;
    }

    public void setOtherName(String otherName) {
        this.otherName = otherName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<EditableLine> getConcerns() {
        return concerns;
    }

    public String getSymptoms() {
        return symptoms;
    }

    public void setSymptoms(String symptoms) {
        this.symptoms = symptoms;
    }

    public List<EditableLine> getQuestions() {
        return questions;
    }

    public List<EditableLine> getMedicines() {
        return medicines;
    }

    public String getMoveAnnouncement() {
        return moveAnnouncement;
    }
}
