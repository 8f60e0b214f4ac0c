package org.visitprep.visit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.visitprep.record.PatientRecord;
import org.visitprep.summary.VisitContext;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.facts.ReviewWindow;

/**
 * The steps of one claimed generation: read the visit and open the patient's record, have the engines draft the
 * summary, put the draft in place. Any failure lets the claim go and leaves the previous draft as it was; the board
 * says how far it came. Each call to {@link Visits} is a transaction of its own.
 */
final class GenerationRun {

    /** What drafts a summary from a record: the summary engines. */
    @FunctionalInterface
    interface Drafter {
        DraftSummary draft(PatientRecord record, VisitContext visit);
    }

    private static final Logger LOG = Logger.getLogger(GenerationRun.class.getName());

    private final Visits visits;
    private final Function<UUID, PatientRecord> records;
    private final Drafter drafter;
    private final GenerationBoard board;

    GenerationRun(Visits visits, Function<UUID, PatientRecord> records, Drafter drafter, GenerationBoard board) {
        this.visits = visits;
        this.records = records;
        this.drafter = drafter;
        this.board = board;
    }

    /**
     * Runs the generation the ticket claims; never throws.
     *
     * @param lookBackFrom the first day the summary looks at, or null for the default window
     */
    void run(GenerationTicket ticket, Locale language, LocalDate lookBackFrom) {
        try {
            board.reached(ticket, GenerationProgress.Stage.READING_RECORD);
            PreparedVisit visit =
                    visits.find(ticket.patientId(), ticket.visitId()).orElseThrow();
            PatientRecord record = records.apply(ticket.patientId());
            VisitContext context = new VisitContext(
                    window(ticket.patientId(), visit, lookBackFrom), language, EngineAgenda.of(visit.agenda()));
            board.reached(ticket, GenerationProgress.Stage.DRAFTING);
            DraftSummary draft = drafter.draft(record, context);
            board.reached(ticket, GenerationProgress.Stage.SAVING);
            Outcome<VisitSummary> saved = visits.completeGeneration(ticket, draft);
            if (saved.isDone()) {
                board.reached(ticket, GenerationProgress.Stage.DONE);
            } else {
                visits.abandonGeneration(ticket);
                board.failed(ticket, saved.problems());
            }
        } catch (RuntimeException failure) {
            giveUp(ticket, failure);
        }
    }

    /** Lets the claim go after a failure; the previous draft stays. */
    void giveUp(GenerationTicket ticket, RuntimeException failure) {
        // the visit id and the kind of failure only: a message could quote the record
        LOG.warning(() -> "Summary generation of visit " + ticket.visitId() + " failed: "
                + failure.getClass().getName());
        try {
            visits.abandonGeneration(ticket);
        } catch (RuntimeException notAbandoned) {
            LOG.warning(() -> "The claim on visit " + ticket.visitId() + " stays until it goes stale: "
                    + notAbandoned.getClass().getName());
        }
        board.failed(ticket, List.of(Problem.of(VisitProblem.GENERATION_FAILED)));
    }

    /**
     * The days the summary looks at, up to the appointment: from the day chosen, else since the patient's latest
     * appointment before this one, else the last twelve months.
     */
    private ReviewWindow window(UUID patientId, PreparedVisit visit, LocalDate lookBackFrom) {
        ZoneId zone = visit.appointment().getZone();
        LocalDate visitDay = visit.appointment().toLocalDate();
        if (lookBackFrom != null && lookBackFrom.isBefore(visitDay)) {
            return ReviewWindow.chosen(lookBackFrom, visitDay, zone);
        }
        return previousAppointment(patientId, visit)
                .map(previous -> ReviewWindow.sinceLastVisit(previous, visitDay, zone))
                .orElseGet(() -> ReviewWindow.lastTwelveMonths(visitDay, zone));
    }

    private Optional<LocalDate> previousAppointment(UUID patientId, PreparedVisit visit) {
        ZoneId zone = visit.appointment().getZone();
        LocalDate visitDay = visit.appointment().toLocalDate();
        return Stream.concat(visits.past(patientId, zone).stream(), visits.upcoming(patientId, zone).stream())
                .filter(other -> !other.id().equals(visit.id()))
                .map(other -> other.appointment().withZoneSameInstant(zone).toLocalDate())
                .filter(day -> day.isBefore(visitDay))
                .max(Comparator.naturalOrder());
    }
}
