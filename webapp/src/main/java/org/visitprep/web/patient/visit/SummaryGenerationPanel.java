package org.visitprep.web.patient.visit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.visit.GenerationProgress;
import org.visitprep.visit.Outcome;
import org.visitprep.visit.PreparedVisit;
import org.visitprep.visit.SummaryGeneration;
import org.visitprep.visit.VisitSummary;
import org.visitprep.visit.Visits;
import org.visitprep.web.layout.LanguageSelection;
import org.visitprep.web.security.SignedInPerson;

/**
 * The summary part of the visit page: saves the visit, starts drafting its summary in the background, and follows
 * the generation while the page polls, so the page stays usable; says how it ended, with the engine's note when
 * another engine stood in. A failure leaves the previous draft as it was.
 */
@Named
@ViewScoped
public class SummaryGenerationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long after a generation ended the page that opens still says how it ended. */
    private static final Duration JUST_ENDED = Duration.ofMinutes(2);

    /** Where the panel stands. */
    public enum State {
        /** No summary is being drafted. */
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    @EJB
    private SummaryGeneration generation;

    @EJB
    private Visits visits;

    @Inject
    private VisitPreparationForm form;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageSelection language;

    private State state = State.IDLE;
    private GenerationProgress.Stage stage;
    private final List<String> errors = new ArrayList<>();
    private boolean hasDraft;
    private String fallbackNote;
    private LocalDate lookBackFrom;

    /** Picks up a generation that runs, or that just ended, e.g. when the page opens after starting it. */
    public void load() {
        UUID visitId = form.visitId();
        if (visitId == null) {
            return;
        }
        visits.find(person.patientId(), visitId).ifPresent(this::show);
        Instant recently = Instant.now().minus(JUST_ENDED);
        stageOnThisNode(visitId)
                .filter(progress -> progress.isRunning() || progress.changedAt().isAfter(recently))
                .ifPresent(this::follow);
    }

    /** Saves the visit as it is on the page, then has its summary drafted from the saved agenda. */
    public String prepareSummary() {
        errors.clear();
        boolean wasNew = form.isNewVisit();
        Optional<PreparedVisit> saved = form.saveVisit();
        if (saved.isEmpty()) {
            return null;
        }
        Outcome<GenerationProgress> started =
                generation.start(person.patientId(), saved.get().id(), language.getLocale(), lookBackFrom);
        if (started instanceof Outcome.Done<GenerationProgress>(GenerationProgress progress)) {
            follow(progress);
        } else {
            state = State.FAILED;
            started.problems().forEach(problem -> errors.add(problem.message(language.getLocale())));
        }
        return wasNew ? form.addressOfSaved() : null;
    }

    /** The poll's listener: how far the generation has come. */
    public void refresh() {
        UUID visitId = form.visitId();
        if (visitId == null || state != State.RUNNING) {
            return;
        }
        Optional<GenerationProgress> progress = stageOnThisNode(visitId);
        if (progress.isPresent()) {
            follow(progress.get());
            return;
        }
        // another node runs it: the visit's own state says when it is over
        visits.find(person.patientId(), visitId)
                .filter(visit -> !visit.generating())
                .ifPresent(visit -> {
                    state = State.DONE;
                    show(visit);
                });
    }

    private void follow(GenerationProgress progress) {
        stage = progress.stage();
        switch (progress.stage()) {
            case DONE -> {
                state = State.DONE;
                visits.find(person.patientId(), progress.visitId()).ifPresent(this::show);
                readFallbackNote(progress.visitId());
            }
            case FAILED -> {
                state = State.FAILED;
                errors.clear();
                progress.problems().forEach(problem -> errors.add(problem.message(language.getLocale())));
            }
            default -> state = State.RUNNING;
        }
    }

    private void show(PreparedVisit visit) {
        hasDraft = visit.draftSummaryId() != null;
        if (visit.generating()) {
            state = State.RUNNING;
        }
    }

    private void readFallbackNote(UUID visitId) {
        fallbackNote = null;
        if (visits.draftSummary(person.patientId(), visitId)
                instanceof Outcome.Done<VisitSummary>(VisitSummary draft)) {
            String note = draft.content().fallbackNote();
            fallbackNote = note == null || note.isBlank() ? null : note;
        }
    }

    private Optional<GenerationProgress> stageOnThisNode(UUID visitId) {
        return generation.progress(person.patientId(), visitId);
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public State getState() {
        return state;
    }

    /** The step the generation is at, for the progress message; null before the first report. */
    public String getStage() {
        return stage == null ? "WAITING" : stage.name();
    }

    /** How far along, in percent, for the progress bar. */
    public int getPercent() {
        if (stage == null) {
            return 5;
        }
        return switch (stage) {
            case WAITING -> 5;
            case READING_RECORD -> 25;
            case DRAFTING -> 60;
            case SAVING -> 90;
            case DONE, FAILED -> 100;
        };
    }

    public List<String> getErrors() {
        return errors;
    }

    public boolean isHasDraft() {
        return hasDraft;
    }

    public String getFallbackNote() {
        return fallbackNote;
    }

    public LocalDate getLookBackFrom() {
        return lookBackFrom;
    }

    public void setLookBackFrom(LocalDate lookBackFrom) {
        this.lookBackFrom = lookBackFrom;
    }
}
