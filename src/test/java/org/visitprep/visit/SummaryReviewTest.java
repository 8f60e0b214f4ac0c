package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.SentenceOrigin;
import org.visitprep.summary.draft.SummarySentence;

/** Generating, reviewing and approving a visit's summary, on H2 and on PostgreSQL. */
class SummaryReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final ZonedDateTime NEXT_WEEK = ZonedDateTime.parse("2026-12-07T09:30+01:00[Europe/Paris]");
    private static final Agenda AGENDA = new Agenda(
            List.of(AgendaItem.of("Fatigue après les repas")), "", List.of(AgendaItem.of("Home testing?")), null);

    private static final String GLUCOSE_IN_OWN_WORDS = "Fasting glucose: 7.4 mmol/L on 1 November 2026.";
    private static final String HBA1C_IN_OWN_WORDS = "Hemoglobin A1c: 7.2 % on 12 March 2026.";

    private TestPortal portal;
    private UUID patient;
    private UUID visitId;

    @BeforeEach
    void prepareAVisit(TestDatabase database) {
        portal = new TestPortal(database, NOW);
        patient = portal.patient("Alice Martin");
        VisitForm form = new VisitForm(NEXT_WEEK, CareContact.practice(null, "Cabinet"), "Suivi", AGENDA);
        visitId = portal.visits(visits -> visits.prepare(patient, form).value().id());
    }

    @AfterEach
    void closePortal() throws SQLException {
        portal.close();
    }

    private GenerationTicket start() {
        return portal.visits(visits -> visits.startGeneration(patient, visitId).value());
    }

    private VisitSummary generate(DraftSummary draft) {
        GenerationTicket ticket = start();
        return portal.visits(visits -> visits.completeGeneration(ticket, draft).value());
    }

    private VisitSummary draft() {
        return portal.visits(visits -> visits.draftSummary(patient, visitId).value());
    }

    @OnEachDatabase
    void aGeneratedDraftIsReviewedSentenceBySentence(TestDatabase database) {
        VisitSummary generated = generate(EngineDrafts.english());
        assertEquals(
                VisitStatus.SUMMARY_DRAFTED,
                portal.visits(v -> v.find(patient, visitId)).orElseThrow().status());
        assertEquals(generated, draft());
        assertEquals("grounded", generated.engine());
        assertEquals(EngineDrafts.WRITTEN, generated.generatedAt());
        assertEquals(EngineDrafts.FACTS, generated.content().factsSnapshot().orElseThrow());

        portal.visits(visits ->
                visits.editSentence(patient, visitId, 3, GLUCOSE_IN_OWN_WORDS).value());
        portal.visits(visits -> visits.addSentence(patient, visitId, "Je dors mal depuis octobre.")
                .value());
        portal.visits(visits -> visits.removeSentence(patient, visitId, 3).value());

        SummaryContent reviewed = draft().content();
        SummarySentence edited = reviewed.sentence(3).orElseThrow();
        assertEquals(GLUCOSE_IN_OWN_WORDS, edited.patientText());
        assertEquals(GLUCOSE_IN_OWN_WORDS, edited.clinicianText(), "the clinician reads the patient's words");
        assertEquals(SentenceOrigin.EDITED_BY_PATIENT, edited.origin());
        assertEquals(List.of(EngineDrafts.GLUCOSE_NOW, EngineDrafts.GLUCOSE_BEFORE), edited.entryIds());
        SummarySentence added = reviewed.sentence(4).orElseThrow();
        assertEquals(SentenceOrigin.ADDED_BY_PATIENT, added.origin());
        assertEquals(List.of(), added.entryIds());
        assertEquals(
                List.of(1, 2, 4),
                reviewed.keptSentences().stream().map(SummarySentence::number).toList());

        portal.visits(visits -> visits.keepSentence(patient, visitId, 3).value());
        assertEquals(4, draft().content().keptSentences().size());

        List<List<Object>> rows = portal.rows("select * from summary_version where visit_id = ?", visitId);
        assertEquals(1, rows.size(), "one draft at a time");
        for (String written :
                List.of("Hemoglobin", "Fasting", "Je dors mal", "factsSnapshot", EngineDrafts.HBA1C.toString())) {
            assertFalse(TestPortal.anyCellHolds(rows, written), "the row holds in clear: " + written);
        }
        assertTrue(TestPortal.anyCellHolds(rows, "grounded"), "the engine's name is kept in clear");
    }

    @OnEachDatabase
    void reviewRefusesBadSentencesWithAMessage(TestDatabase database) {
        generate(EngineDrafts.english());

        assertEquals(
                List.of(Problem.of(VisitProblem.NO_SUCH_SENTENCE, 9)),
                portal.visits(v -> v.editSentence(patient, visitId, 9, "text")).problems());
        assertEquals(
                List.of(Problem.of(VisitProblem.EMPTY_SENTENCE)),
                portal.visits(v -> v.editSentence(patient, visitId, 1, "  ")).problems());
        assertEquals(
                List.of(Problem.of(VisitProblem.SENTENCE_TOO_LONG, 601, 600)),
                portal.visits(v -> v.addSentence(patient, visitId, "x".repeat(601)))
                        .problems());
        assertEquals(SummaryContent.of(EngineDrafts.english()), draft().content());
    }

    @OnEachDatabase
    void anEditTheCitedRecordsDoNotSupportBecomesThePatientsOwnWords(TestDatabase database) {
        generate(EngineDrafts.english());

        for (String words : List.of("Fasting glucose: 9.9 mmol/L.", "This means you have diabetes.")) {
            SummarySentence edited = portal.visits(v -> v.editSentence(patient, visitId, 3, words))
                    .value()
                    .content()
                    .sentence(3)
                    .orElseThrow();
            assertEquals(words, edited.patientText());
            assertEquals(SentenceOrigin.ADDED_BY_PATIENT, edited.origin(), "shown as the patient's words");
            assertEquals(List.of(), edited.entryIds(), "no longer claiming the records it cited");
            assertEquals(List.of(), edited.factIds());
        }
    }

    @OnEachDatabase
    void anUnsupportedEditOfWhatMustBeMentionedKeepsTheRecordsSentenceAndAddsTheWords(TestDatabase database) {
        generate(EngineDrafts.english());
        SummarySentence before = draft().content().sentence(1).orElseThrow();

        SummaryContent after = portal.visits(v -> v.editSentence(patient, visitId, 1, "My HbA1c is 5.1 %, fine now."))
                .value()
                .content();

        assertEquals(before, after.sentence(1).orElseThrow(), "the critical sentence stays as it was");
        SummarySentence added = after.sentences().getLast();
        assertEquals("My HbA1c is 5.1 %, fine now.", added.patientText());
        assertEquals(SentenceOrigin.ADDED_BY_PATIENT, added.origin());
    }

    @OnEachDatabase
    void whatTheSummaryMustMentionStaysInIt(TestDatabase database) {
        generate(EngineDrafts.english());

        for (int mustStay : List.of(1, 2)) {
            assertEquals(
                    List.of(Problem.of(VisitProblem.SENTENCE_MUST_STAY)),
                    portal.visits(v -> v.removeSentence(patient, visitId, mustStay))
                            .problems(),
                    "sentence " + mustStay);
        }
        assertEquals(SummaryContent.of(EngineDrafts.english()), draft().content(), "nothing changed");
        assertTrue(portal.visits(v -> v.removeSentence(patient, visitId, 3)).isDone());
    }

    @OnEachDatabase
    void approvingFreezesANewVersionAndEveryLaterChangeIsRefused(TestDatabase database) {
        generate(EngineDrafts.english());
        portal.visits(visits ->
                visits.editSentence(patient, visitId, 1, HBA1C_IN_OWN_WORDS).value());
        UUID draftId = draft().id();

        VisitSummary approved =
                portal.visits(visits -> visits.approve(patient, visitId).value());

        assertNotEquals(draftId, approved.id(), "approving makes a new version");
        assertTrue(approved.isApproved());
        assertEquals(NOW, approved.approvedAt());
        assertEquals(
                HBA1C_IN_OWN_WORDS, approved.content().sentence(1).orElseThrow().patientText());
        FrozenVisit frozen = approved.content().visit();
        assertEquals(NEXT_WEEK, frozen.appointment());
        assertEquals(AGENDA, frozen.agenda());
        assertEquals("Cabinet", frozen.with().name());
        assertEquals(
                approved,
                portal.visits(v -> v.approvedSummary(patient, visitId)).orElseThrow());
        assertEquals(
                VisitStatus.APPROVED,
                portal.visits(v -> v.find(patient, visitId)).orElseThrow().status());

        List<Problem> alreadyApproved = List.of(Problem.of(VisitProblem.ALREADY_APPROVED));
        assertEquals(
                alreadyApproved,
                portal.visits(v -> v.editSentence(patient, visitId, 1, "x")).problems());
        assertEquals(
                alreadyApproved,
                portal.visits(v -> v.addSentence(patient, visitId, "x")).problems());
        assertEquals(
                alreadyApproved,
                portal.visits(v -> v.removeSentence(patient, visitId, 1)).problems());
        assertEquals(
                alreadyApproved,
                portal.visits(v -> v.keepSentence(patient, visitId, 1)).problems());
        assertEquals(
                alreadyApproved, portal.visits(v -> v.approve(patient, visitId)).problems());
        assertEquals(
                alreadyApproved,
                portal.visits(v -> v.startGeneration(patient, visitId)).problems());
        assertEquals(
                alreadyApproved,
                portal.visits(v -> v.moveConcern(patient, visitId, 1, 1)).problems());
        VisitForm other = new VisitForm(NEXT_WEEK.plusDays(1), CareContact.practice(null, "Other"), "", AGENDA);
        assertEquals(
                alreadyApproved,
                portal.visits(v -> v.revise(patient, visitId, other)).problems());
        assertEquals(
                approved,
                portal.visits(v -> v.approvedSummary(patient, visitId)).orElseThrow());
        assertEquals(
                NEXT_WEEK,
                portal.visits(v -> v.find(patient, visitId)).orElseThrow().appointment());

        List<List<Object>> rows = portal.rows("select state from summary_version where visit_id = ?", visitId);
        assertEquals(List.of(List.<Object>of("APPROVED")), rows, "the draft made way for the approved version");
    }

    @OnEachDatabase
    void anApprovedVersionRefusesChangeInTheDomainItself(TestDatabase database) {
        generate(EngineDrafts.english());
        UUID approvedId =
                portal.visits(visits -> visits.approve(patient, visitId).value().id());

        portal.inTransaction(entityManager -> {
            SummaryVersion approved = entityManager.find(SummaryVersion.class, approvedId);
            assertTrue(approved.isFrozen());
            assertThrows(FrozenSummaryException.class, () -> approved.revise(new byte[] {1, 2, 3}));
            assertThrows(FrozenSummaryException.class, () -> approved.approvedAs(99, new byte[] {1}, NOW));
            assertThrows(
                    FrozenSummaryException.class, () -> new JpaSummaryVersions(entityManager).removeDraft(approved));
            return null;
        });
        assertTrue(portal.visits(v -> v.approvedSummary(patient, visitId)).isPresent());
    }

    @OnEachDatabase
    void aFailedGenerationLeavesThePreviousDraftAsItWas(TestDatabase database) {
        generate(EngineDrafts.english());
        portal.visits(visits ->
                visits.editSentence(patient, visitId, 3, GLUCOSE_IN_OWN_WORDS).value());
        VisitSummary before = draft();

        GenerationTicket failing = start();
        boolean abandoned = portal.visits(visits -> visits.abandonGeneration(failing));
        assertTrue(abandoned);

        assertEquals(before, draft());
        PreparedVisit visit = portal.visits(v -> v.find(patient, visitId)).orElseThrow();
        assertFalse(visit.generating());
        assertEquals(before.id(), visit.draftSummaryId());
        assertEquals(
                List.of(Problem.of(VisitProblem.GENERATION_SUPERSEDED)),
                portal.visits(v -> v.completeGeneration(failing, EngineDrafts.french()))
                        .problems(),
                "an abandoned ticket cannot put a draft in place afterwards");
        assertEquals(before, draft());
    }

    @OnEachDatabase
    void aNewGenerationReplacesTheDraftOnlyWhenItSucceeds(TestDatabase database) {
        VisitSummary first = generate(EngineDrafts.english());

        VisitSummary second = generate(EngineDrafts.french());

        assertNotEquals(first.id(), second.id());
        assertEquals(second, draft());
        assertEquals("fr", second.language().getLanguage());
        assertEquals("llama-3.1-8b", second.model());
        assertTrue(
                second.content().fallbackNote().contains("modèle de langage"),
                second.content().fallbackNote());
        assertEquals(
                1,
                portal.rows("select id from summary_version where visit_id = ?", visitId)
                        .size());
    }

    @OnEachDatabase
    void oneGenerationRunsAtATime(TestDatabase database) {
        GenerationTicket running = start();
        List<Problem> busy = List.of(Problem.of(VisitProblem.GENERATION_RUNNING));

        assertEquals(
                busy, portal.visits(v -> v.startGeneration(patient, visitId)).problems());
        assertEquals(busy, portal.visits(v -> v.approve(patient, visitId)).problems());
        assertTrue(portal.visits(v -> v.find(patient, visitId)).orElseThrow().generating());

        portal.clock.advance(Visits.ABANDONED_GENERATION.plus(Duration.ofSeconds(1)));
        GenerationTicket takeover = start();

        assertNotEquals(running.token(), takeover.token());
        assertEquals(
                List.of(Problem.of(VisitProblem.GENERATION_SUPERSEDED)),
                portal.visits(v -> v.completeGeneration(running, EngineDrafts.english()))
                        .problems());
        boolean abandoned = portal.visits(v -> v.abandonGeneration(running));
        assertFalse(abandoned);
        assertTrue(portal.visits(v -> v.completeGeneration(takeover, EngineDrafts.french()))
                .isDone());
        assertEquals(
                List.of(Problem.of(VisitProblem.VISIT_NOT_FOUND)),
                portal.visits(v -> v.startGeneration(portal.patient("Mallory"), visitId))
                        .problems());
    }

    @OnEachDatabase
    void ofConcurrentAttemptsToGenerateOnlyOneIsGranted(TestDatabase database) throws Exception {
        int attempts = 4;
        CyclicBarrier together = new CyclicBarrier(attempts);
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Outcome<GenerationTicket>>> outcomes = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                outcomes.add(threads.submit(() -> portal.inTransaction(entityManager -> {
                    Visits visits = portal.visits(entityManager);
                    await(together);
                    return visits.startGeneration(patient, visitId);
                })));
            }
            List<Outcome<GenerationTicket>> done = new ArrayList<>();
            for (Future<Outcome<GenerationTicket>> outcome : outcomes) {
                done.add(outcome.get());
            }

            assertEquals(1, done.stream().filter(Outcome::isDone).count(), done.toString());
            done.stream()
                    .filter(outcome -> !outcome.isDone())
                    .forEach(refused -> assertEquals(
                            List.of(Problem.of(VisitProblem.GENERATION_RUNNING)),
                            assertInstanceOf(Outcome.Refused.class, refused).problems()));
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
