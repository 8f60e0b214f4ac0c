package org.visitprep.visit;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.summary.SummaryDrafting;

/**
 * Has a visit's summary drafted in the background: claims the visit (one generation at a time), then, on another
 * thread, opens the patient's record, has the summary engines draft it and puts the draft in place ({@link
 * GenerationRun}); on any failure the claim is let go and the previous draft stays as it was. The page polls
 * {@link #progress}.
 *
 * <p>Runs outside any transaction: claiming, saving and giving up are short transactions of {@link Visits}, so the
 * engine never holds the visit's row. Callers pass the signed-in patient's account id, never an id from a request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SummaryGeneration {

    @EJB
    private Visits visits;

    @EJB
    private PatientRecords records;

    @Inject
    private SummaryDrafting drafting;

    @Inject
    private GenerationBoard board;

    @Resource
    private SessionContext context;

    /**
     * Starts drafting the visit's summary and answers at once; refused while another generation of the visit runs
     * and once the visit is approved.
     *
     * @param language the language the summary is written in (French or English)
     * @param lookBackFrom the first day the summary looks at; null for the day after the patient's previous visit,
     *     or the twelve months before the appointment when there was none
     */
    public Outcome<GenerationProgress> start(UUID patientId, UUID visitId, Locale language, LocalDate lookBackFrom) {
        Outcome<GenerationTicket> claimed = visits.startGeneration(patientId, visitId);
        if (!(claimed instanceof Outcome.Done<GenerationTicket>(GenerationTicket ticket))) {
            return Outcome.refused(claimed.problems());
        }
        board.started(ticket);
        try {
            context.getBusinessObject(SummaryGeneration.class).generate(ticket, language, lookBackFrom);
        } catch (RuntimeException notStarted) {
            run().giveUp(ticket, notStarted);
        }
        return Outcome.done(board.of(patientId, visitId).orElseThrow());
    }

    /** How the visit's latest generation on this node went or is going, if there was one lately. */
    public Optional<GenerationProgress> progress(UUID patientId, UUID visitId) {
        return board.of(patientId, visitId);
    }

    /** The steps of one claimed generation, on a thread of the container; only {@link #start} calls it. */
    @Asynchronous
    public void generate(GenerationTicket ticket, Locale language, LocalDate lookBackFrom) {
        run().run(ticket, language, lookBackFrom);
    }

    private GenerationRun run() {
        return new GenerationRun(visits, records::openFor, drafting::draft, board);
    }
}
