package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.PatientRecord;
import org.visitprep.summary.CraftedPatient;
import org.visitprep.summary.SummaryDrafting;
import org.visitprep.summary.VisitContext;
import org.visitprep.summary.draft.SectionKind;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.WindowKind;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.llm.AiSettings;
import org.visitprep.summary.verify.DraftVerifier;

/**
 * A claimed generation, step by step, on H2 and on PostgreSQL: the grounded engine's draft on the crafted patient is
 * put in place; a failing engine lets the claim go and leaves the previous draft, reviewed as it was.
 */
class GenerationRunTest {

    private static final Instant NOW = Instant.parse("2026-03-25T10:00:00Z");
    private static final ZonedDateTime APPOINTMENT = ZonedDateTime.parse("2026-04-01T09:30Z[UTC]");
    private static final Agenda AGENDA =
            new Agenda(List.of(AgendaItem.of("I feel tired all the time")), "", List.of(), null);

    private TestPortal portal;
    private GenerationBoard board;
    private UUID patient;
    private UUID visitId;
    private final List<VisitContext> asked = new ArrayList<>();

    @BeforeEach
    void prepareAVisit(TestDatabase database) {
        portal = new TestPortal(database, NOW);
        board = new GenerationBoard(portal.clock);
        patient = portal.patient("Alex Crafted");
        visitId = prepare(APPOINTMENT);
    }

    @AfterEach
    void closePortal() throws SQLException {
        portal.close();
    }

    @OnEachDatabase
    void theGroundedDraftOfTheRecordIsPutInPlaceWithItsCitations(TestDatabase database) {
        GenerationTicket ticket = claim();

        run(groundedEngine()).run(ticket, Locale.FRENCH, null);

        assertEquals(GenerationProgress.Stage.DONE, progress().stage());
        VisitSummary draft = portal.visits(v -> v.draftSummary(patient, visitId).value());
        assertEquals("grounded", draft.engine());
        assertEquals(Locale.FRENCH, draft.language());
        List<SummarySentence> sentences = draft.content().sentences();
        assertTrue(sentences.size() > 5, "sentences: " + sentences.size());
        SummarySentence firstOfAgenda = sentences.stream()
                .filter(s -> s.section() == SectionKind.AGENDA)
                .findFirst()
                .orElseThrow();
        assertTrue(firstOfAgenda.patientText().contains("I feel tired all the time"), firstOfAgenda.patientText());
        assertTrue(sentences.stream().anyMatch(s -> !s.entryIds().isEmpty()), "some sentence cites the record");
        assertTrue(draft.content().drafting().refused().isEmpty(), "the verifier accepted every grounded sentence");
        assertEquals(WindowKind.LAST_TWELVE_MONTHS, asked.getFirst().window().kind());
        assertEquals(LocalDate.of(2026, 4, 1), asked.getFirst().window().to());
        assertFalse(portal.visits(v -> v.find(patient, visitId)).orElseThrow().generating());
    }

    @OnEachDatabase
    void aFailingEngineLeavesThePreviousDraftAsReviewedAndLetsTheClaimGo(TestDatabase database) {
        run(groundedEngine()).run(claim(), Locale.ENGLISH, null);
        portal.visits(v ->
                v.addSentence(patient, visitId, "Tired, mostly after lunch.").value());
        VisitSummary reviewed =
                portal.visits(v -> v.draftSummary(patient, visitId).value());

        run((record, visit) -> {
                    throw new IllegalStateException("the engine broke");
                })
                .run(claim(), Locale.ENGLISH, null);

        GenerationProgress failed = progress();
        assertEquals(GenerationProgress.Stage.FAILED, failed.stage());
        assertEquals(List.of(Problem.of(VisitProblem.GENERATION_FAILED)), failed.problems());
        assertEquals(
                reviewed, portal.visits(v -> v.draftSummary(patient, visitId).value()));
        assertFalse(portal.visits(v -> v.find(patient, visitId)).orElseThrow().generating());
        assertTrue(portal.visits(v -> v.startGeneration(patient, visitId)).isDone(), "the claim was let go");
    }

    @OnEachDatabase
    void anEarlierAppointmentStartsTheWindowAndAChosenDayOverridesIt(TestDatabase database) {
        prepare(ZonedDateTime.parse("2026-03-20T14:00Z[UTC]"));

        run(groundedEngine()).run(claim(), Locale.ENGLISH, null);
        run(groundedEngine()).run(claim(), Locale.ENGLISH, LocalDate.of(2025, 1, 1));

        assertEquals(WindowKind.SINCE_LAST_VISIT, asked.get(0).window().kind());
        assertEquals(LocalDate.of(2026, 3, 21), asked.get(0).window().from());
        assertEquals(WindowKind.CHOSEN, asked.get(1).window().kind());
        assertEquals(LocalDate.of(2025, 1, 1), asked.get(1).window().from());
    }

    private UUID prepare(ZonedDateTime appointment) {
        VisitForm form = new VisitForm(appointment, CareContact.practice(null, "Cabinet"), "Suivi", AGENDA);
        return portal.visits(visits -> visits.prepare(patient, form).value().id());
    }

    private GenerationTicket claim() {
        GenerationTicket ticket =
                portal.visits(v -> v.startGeneration(patient, visitId).value());
        board.started(ticket);
        return ticket;
    }

    private GenerationProgress progress() {
        return board.of(patient, visitId).orElseThrow();
    }

    private GenerationRun run(GenerationRun.Drafter drafter) {
        PatientRecord record = CraftedPatient.record();
        return new GenerationRun(new TransactionalVisits(portal), id -> record, drafter, board);
    }

    private GenerationRun.Drafter groundedEngine() {
        SummaryDrafting drafting = new SummaryDrafting(
                FactFinder.standard(portal.clock),
                new GroundedEngine(portal.clock),
                DraftVerifier.standard(),
                AiSettings.disabled(),
                (facts, locale, record) -> {
                    throw new AssertionError("the language model is switched off");
                });
        return (record, visit) -> {
            asked.add(visit);
            return drafting.draft(record, visit);
        };
    }
}
