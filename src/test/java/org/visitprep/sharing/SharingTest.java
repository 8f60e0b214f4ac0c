package org.visitprep.sharing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;
import org.visitprep.visit.Agenda;
import org.visitprep.visit.AgendaItem;
import org.visitprep.visit.CareContact;
import org.visitprep.visit.EngineDrafts;
import org.visitprep.visit.GenerationTicket;
import org.visitprep.visit.Outcome;
import org.visitprep.visit.Problem;
import org.visitprep.visit.TestPortal;
import org.visitprep.visit.VisitForm;
import org.visitprep.visit.VisitStatus;

/** Sharing approved summaries, opening them, and the access log, on H2 and on PostgreSQL. */
class SharingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZonedDateTime APPOINTMENT = ZonedDateTime.parse("2026-12-03T09:30+01:00[Europe/Paris]");
    private static final Agenda AGENDA = new Agenda(
            List.of(AgendaItem.of("Fatigue après les repas"), AgendaItem.of("Pieds qui fourmillent")),
            "Soif toute la journée",
            List.of(AgendaItem.of("Dois-je mesurer ma glycémie ?")),
            List.of(AgendaItem.of("Metformine 500 mg")));

    private TestPortal portal;
    private UUID patient;
    private UUID chloe;
    private UUID bob;

    @BeforeEach
    void meetThePeople(TestDatabase database) {
        portal = new TestPortal(database, NOW);
        patient = portal.patient("Alice Martin");
        chloe = portal.clinician("Dr Chloé Dubois");
        bob = portal.clinician("Dr Bob Other");
    }

    @AfterEach
    void closePortal() throws SQLException {
        portal.close();
    }

    private UUID approvedVisit() {
        return portal.approvedVisit(patient, APPOINTMENT, AGENDA);
    }

    private GrantOverview share(UUID visitId, Grantee grantee) {
        return portal.sharing(
                sharing -> sharing.share(patient, visitId, grantee, null).value());
    }

    private Opening open(UUID grantId, Viewer viewer) {
        return portal.sharing(sharing -> sharing.open(grantId, viewer));
    }

    private List<AccessEntry> log() {
        return portal.sharing(sharing -> sharing.accessEvents(patient));
    }

    /** A new organization of the given kind, with the given clinicians as members; answers its id. */
    private String organization(Grantee.Kind kind, String name, UUID... members) {
        String id = kind.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID();
        portal.inTransaction(entityManager -> {
            CareTeams teams = new JpaCareTeams(entityManager);
            teams.add(new CareOrganization(id, kind, name));
            for (UUID member : members) {
                teams.addMember(id, member);
            }
            return null;
        });
        return id;
    }

    @OnEachDatabase
    void aSharedSummaryOpensForItsClinicianAndTheLogSaysWhoWhenAndHow(TestDatabase database) {
        UUID visitId = approvedVisit();

        GrantOverview grant = share(visitId, Grantee.clinician(chloe));

        assertEquals(APPOINTMENT.toInstant().plus(Duration.ofDays(7)), grant.expiresAt());
        assertEquals(GrantState.ACTIVE, grant.state());
        assertEquals("Dr Chloé Dubois", grant.granteeName());
        assertEquals(APPOINTMENT, grant.appointment());
        assertEquals(
                VisitStatus.SHARED,
                portal.visits(v -> v.find(patient, visitId)).orElseThrow().status());

        portal.clock.advance(Duration.ofHours(1));
        Opening.Opened opened = assertInstanceOf(Opening.Opened.class, open(grant.id(), Viewer.throughPortal(chloe)));

        SharedSummary summary = opened.summary();
        assertEquals("Alice Martin", summary.patientName());
        assertTrue(summary.summary().isApproved());
        assertEquals(AGENDA, summary.summary().content().visit().agenda());
        assertEquals(portal.visits(v -> v.approvedSummary(patient, visitId)).orElseThrow(), summary.summary());
        List<AccessEntry> log = log();
        assertEquals(1, log.size());
        AccessEntry entry = log.getFirst();
        assertEquals(chloe, entry.viewerId());
        assertEquals("Dr Chloé Dubois", entry.viewerName());
        assertEquals(NOW.plus(Duration.ofHours(1)), entry.occurredAt());
        assertEquals(Channel.PORTAL, entry.channel());
        assertEquals(AccessOutcome.OPENED, entry.outcome());
        assertEquals(grant.id(), entry.grantId());
        assertEquals(grant.summaryVersionId(), entry.summaryVersionId());
        assertEquals(
                NOW.plus(Duration.ofHours(1)),
                portal.sharing(s -> s.grantsOf(patient)).getFirst().firstOpenedAt());
    }

    @OnEachDatabase
    void theReviewIsComputedAtTheFirstOpeningSealedWithTheSummaryAndReadBackAfter(TestDatabase database) {
        GrantOverview grant = share(approvedVisit(), Grantee.clinician(chloe));
        assertNull(reviewColumn(grant));

        Opening.Opened first = assertInstanceOf(Opening.Opened.class, open(grant.id(), Viewer.throughPortal(chloe)));
        byte[] sealed = reviewColumn(grant);
        Opening.Opened second = assertInstanceOf(Opening.Opened.class, open(grant.id(), Viewer.throughPortal(chloe)));

        assertNotNull(first.summary().review());
        assertEquals(first.summary().review(), second.summary().review());
        assertEquals(1, portal.recordsOpenedForReviews.get(), "the record is read for the first opening only");
        assertArrayEquals(sealed, reviewColumn(grant), "kept once, never rewritten");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("trends"), "sealed, not clear JSON");
        assertEquals(2, log().size());
    }

    private byte[] reviewColumn(GrantOverview grant) {
        Object review = portal.rows("select review from summary_version where id = ?", grant.summaryVersionId())
                .getFirst()
                .getFirst();
        return review instanceof byte[] bytes ? bytes : null;
    }

    @OnEachDatabase
    void anotherClinicianCannotOpenItAndTheAttemptIsLogged(TestDatabase database) {
        GrantOverview grant = share(approvedVisit(), Grantee.clinician(chloe));

        Opening.NotYours refused =
                assertInstanceOf(Opening.NotYours.class, open(grant.id(), Viewer.throughPortal(bob)));
        Opening byThePatient = open(grant.id(), Viewer.throughPortal(patient));
        Opening noSuchGrant = open(UUID.randomUUID(), Viewer.throughPortal(bob));

        assertTrue(refused.message(Locale.ENGLISH).startsWith("This summary was not shared with you"));
        assertTrue(refused.message(Locale.FRENCH).startsWith("Ce résumé n'a été partagé ni avec vous"));
        assertInstanceOf(Opening.NotYours.class, byThePatient);
        assertInstanceOf(Opening.NotYours.class, noSuchGrant);
        List<AccessEntry> log = log();
        assertEquals(2, log.size(), "an unknown grant names no patient to tell");
        AccessEntry bobs =
                log.stream().filter(e -> e.viewerId().equals(bob)).findFirst().orElseThrow();
        assertEquals(AccessOutcome.REFUSED_NOT_YOURS, bobs.outcome());
        assertEquals("Dr Bob Other", bobs.viewerName());
        assertEquals(grant.id(), bobs.grantId());
        assertNull(portal.sharing(s -> s.grantsOf(patient)).getFirst().firstOpenedAt());

        Outcome<List<ClinicianNote>> marked = portal.sharing(
                s -> s.markDiscussed(grant.id(), Viewer.throughPortal(bob), List.of(DiscussedItem.sentence(1)), ""));
        assertEquals(List.of(Problem.of(SharingProblem.NOT_YOURS)), marked.problems());
        assertEquals(3, log().size(), "a refused mark is logged too");
    }

    @OnEachDatabase
    void theRecordIsReadableThroughAGrantOnlyByWhomItOpensForAndOnlyWhileItOpens(TestDatabase database) {
        GrantOverview grant = share(approvedVisit(), Grantee.clinician(chloe));
        GrantOverview other = share(approvedVisit(), Grantee.clinician(chloe));

        assertEquals(
                java.util.Optional.of(patient),
                portal.sharing(s -> s.readablePatient(grant.id(), Viewer.throughPortal(chloe))));
        assertTrue(portal.sharing(s -> s.readablePatient(grant.id(), Viewer.throughPortal(bob)))
                .isEmpty());
        assertTrue(portal.sharing(s -> s.readablePatient(grant.id(), Viewer.throughPortal(patient)))
                .isEmpty());
        assertTrue(portal.sharing(s -> s.readablePatient(UUID.randomUUID(), Viewer.throughPortal(chloe)))
                .isEmpty());
        assertEquals(2, log().size(), "each refused read is in the patient's access log");
        assertEquals(AccessOutcome.REFUSED_NOT_YOURS, log().getFirst().outcome());

        portal.sharing(s -> s.revoke(patient, grant.id()).value());
        assertTrue(portal.sharing(s -> s.readablePatient(grant.id(), Viewer.throughPortal(chloe)))
                .isEmpty());
        portal.clock.set(other.expiresAt());
        assertTrue(portal.sharing(s -> s.readablePatient(other.id(), Viewer.throughPortal(chloe)))
                .isEmpty());
        assertEquals(4, log().size(), "revoked and expired reads are logged too");
    }

    @OnEachDatabase
    void aRevokedSummaryNoLongerOpens(TestDatabase database) {
        GrantOverview grant = share(approvedVisit(), Grantee.clinician(chloe));
        portal.clock.advance(Duration.ofHours(2));

        GrantOverview revoked =
                portal.sharing(s -> s.revoke(patient, grant.id()).value());
        Opening.NoLongerShared refused =
                assertInstanceOf(Opening.NoLongerShared.class, open(grant.id(), Viewer.throughPortal(chloe)));

        assertEquals(GrantState.REVOKED, revoked.state());
        assertEquals(Openability.REVOKED, refused.reason());
        assertEquals(NOW.plus(Duration.ofHours(2)), refused.since());
        assertEquals(
                "The patient stopped sharing this summary on November 30, 2026. It is no longer shared with you.",
                refused.message(Locale.ENGLISH, PARIS));
        assertEquals(
                "Le patient a arrêté de partager ce résumé le 30 novembre 2026. Il n'est plus partagé avec vous.",
                refused.message(Locale.FRENCH, PARIS));
        assertEquals(AccessOutcome.REFUSED_REVOKED, log().getFirst().outcome());
        assertEquals(List.of(), portal.sharing(s -> s.worklist(chloe, PARIS)));
        assertEquals(
                List.of(Problem.of(SharingProblem.GRANT_NOT_FOUND)),
                portal.sharing(s -> s.revoke(portal.patient("Mallory"), grant.id()))
                        .problems());
    }

    @OnEachDatabase
    void onceTheSharingEndsTheSummaryNoLongerOpens(TestDatabase database) {
        GrantOverview grant = share(approvedVisit(), Grantee.clinician(chloe));
        assertEquals(1, portal.sharing(s -> s.worklist(chloe, PARIS)).size());

        portal.clock.set(grant.expiresAt().minusSeconds(1));
        assertInstanceOf(Opening.Opened.class, open(grant.id(), Viewer.throughPortal(chloe)));
        portal.clock.set(grant.expiresAt());
        Opening.NoLongerShared refused =
                assertInstanceOf(Opening.NoLongerShared.class, open(grant.id(), Viewer.throughPortal(chloe)));

        assertEquals(Openability.EXPIRED, refused.reason());
        assertEquals(grant.expiresAt(), refused.since());
        assertEquals(
                "The sharing of this summary ended on December 10, 2026. It is no longer shared with you; the"
                        + " patient can share it again.",
                refused.message(Locale.ENGLISH, PARIS));
        assertTrue(refused.message(Locale.FRENCH, PARIS).contains("a pris fin le 10 décembre 2026"));
        assertEquals(AccessOutcome.REFUSED_EXPIRED, log().getFirst().outcome());
        assertEquals(
                GrantState.EXPIRED,
                portal.sharing(s -> s.grantsOf(patient)).getFirst().state());
        assertEquals(List.of(), portal.sharing(s -> s.worklist(chloe, PARIS)));
    }

    @OnEachDatabase
    void aPracticesSummaryOpensForItsMembersOnly(TestDatabase database) {
        String practice = organization(Grantee.Kind.PRACTICE, "Cabinet Léon Bérard", chloe);
        GrantOverview grant = share(approvedVisit(), Grantee.practice(practice));

        assertEquals("Cabinet Léon Bérard", grant.granteeName());
        assertInstanceOf(Opening.Opened.class, open(grant.id(), Viewer.throughPortal(chloe)));
        assertInstanceOf(Opening.NotYours.class, open(grant.id(), Viewer.throughPortal(bob)));
        WorklistEntry listed = portal.sharing(s -> s.worklist(chloe, PARIS)).getFirst();
        assertEquals(Grantee.practice(practice), listed.sharedWith());
        assertEquals("Cabinet Léon Bérard", listed.sharedWithName());

        portal.inTransaction(entityManager -> {
            new JpaCareTeams(entityManager).removeMember(practice, chloe);
            return null;
        });
        assertInstanceOf(Opening.NotYours.class, open(grant.id(), Viewer.throughPortal(chloe)));
    }

    @OnEachDatabase
    void anEhrOrganizationsSummaryOpensThroughThatEhr(TestDatabase database) {
        String ehr = organization(Grantee.Kind.EHR_ORGANIZATION, "Sandbox Clinic EHR");
        String otherEhr = organization(Grantee.Kind.EHR_ORGANIZATION, "Other EHR");
        GrantOverview grant = share(approvedVisit(), Grantee.ehrOrganization(ehr));

        Opening.Opened opened = assertInstanceOf(
                Opening.Opened.class, portal.sharing(s -> s.openLatest(patient, Viewer.throughEhr(bob, ehr))));
        Opening fromAnotherEhr = portal.sharing(s -> s.openLatest(patient, Viewer.throughEhr(bob, otherEhr)));
        Opening throughThePortal = open(grant.id(), Viewer.throughPortal(bob));

        assertEquals(grant.id(), opened.summary().grantId());
        assertInstanceOf(Opening.NotYours.class, fromAnotherEhr);
        assertInstanceOf(Opening.NotYours.class, throughThePortal);
        List<AccessEntry> log = log();
        AccessEntry launch = log.stream()
                .filter(e -> e.outcome() == AccessOutcome.OPENED)
                .findFirst()
                .orElseThrow();
        assertEquals(Channel.EHR, launch.channel());
        assertEquals(ehr, launch.ehrOrganizationId());
        assertEquals(bob, launch.viewerId());
        AccessEntry wrongEhr = log.stream()
                .filter(e -> otherEhr.equals(e.ehrOrganizationId()))
                .findFirst()
                .orElseThrow();
        assertEquals(AccessOutcome.REFUSED_NOT_YOURS, wrongEhr.outcome());
        assertNull(wrongEhr.grantId(), "no grant of the patient is that EHR's");
        assertEquals(3, log.size());
    }

    @OnEachDatabase
    void theWorklistShowsTodayFirstThenComingThenPast(TestDatabase database) {
        ZonedDateTime today0800 = ZonedDateTime.parse("2026-11-30T08:00+01:00[Europe/Paris]");
        ZonedDateTime today1600 = today0800.withHour(16);
        ZonedDateTime tomorrow = today0800.plusDays(1).withHour(9);
        ZonedDateTime nextWeek = today0800.plusDays(7);
        ZonedDateTime threeDaysAgo = today0800.minusDays(3);
        List<ZonedDateTime> sharedInThisOrder = List.of(nextWeek, today1600, threeDaysAgo, tomorrow, today0800);
        for (ZonedDateTime appointment : sharedInThisOrder) {
            UUID someone = portal.patient("Patient " + appointment.getDayOfMonth() + "-" + appointment.getHour());
            Agenda agenda = new Agenda(List.of(AgendaItem.of("Concern of " + appointment)), "", null, null);
            UUID visitId = portal.approvedVisit(someone, appointment, agenda);
            portal.sharing(s ->
                    s.share(someone, visitId, Grantee.clinician(chloe), null).value());
        }

        List<WorklistEntry> worklist = portal.sharing(s -> s.worklist(chloe, PARIS));

        assertEquals(
                List.of(today0800, today1600, tomorrow, nextWeek, threeDaysAgo),
                worklist.stream().map(WorklistEntry::appointment).toList());
        assertEquals(
                List.of(true, true, false, false, false),
                worklist.stream().map(WorklistEntry::today).toList());
        assertEquals("Concern of " + today0800, worklist.getFirst().topConcern());
        assertEquals("Patient 30-8", worklist.getFirst().patientName());
        assertTrue(worklist.stream().allMatch(entry -> entry.status() == WorklistStatus.NEW));
        assertEquals(List.of(), portal.sharing(s -> s.worklist(bob, PARIS)));

        open(worklist.get(0).grantId(), Viewer.throughPortal(chloe));
        open(worklist.get(1).grantId(), Viewer.throughPortal(chloe));
        portal.sharing(s -> s.markDiscussed(
                        worklist.get(1).grantId(), Viewer.throughPortal(chloe), List.of(DiscussedItem.concern(1)), "")
                .value());
        assertEquals(
                List.of(
                        WorklistStatus.OPENED,
                        WorklistStatus.DISCUSSED,
                        WorklistStatus.NEW,
                        WorklistStatus.NEW,
                        WorklistStatus.NEW),
                portal.sharing(s -> s.worklist(chloe, PARIS)).stream()
                        .map(WorklistEntry::status)
                        .toList());
    }

    @OnEachDatabase
    void whatAClinicianMarksIsSealedAndThePatientReadsIt(TestDatabase database) {
        GrantOverview grant = share(approvedVisit(), Grantee.clinician(chloe));
        Viewer viewer = Viewer.throughPortal(chloe);
        String note = "Nous avons revu l'HbA1c ; nouveau contrôle dans trois mois.";

        List<ClinicianNote> notes = portal.sharing(s -> s.markDiscussed(
                        grant.id(), viewer, List.of(DiscussedItem.sentence(1), DiscussedItem.concern(2)), note)
                .value());

        assertEquals(1, notes.size());
        GrantOverview seen = portal.sharing(s -> s.grantsOf(patient)).getFirst();
        assertEquals(notes, seen.notes());
        ClinicianNote read = seen.notes().getFirst();
        assertEquals("Dr Chloé Dubois", read.clinicianName());
        assertEquals(note, read.note());
        assertEquals(List.of(DiscussedItem.sentence(1), DiscussedItem.concern(2)), read.discussed());
        assertEquals(NOW, seen.discussedAt());
        List<List<Object>> rows = portal.rows("select * from share_grant where id = ?", grant.id());
        assertFalse(TestPortal.anyCellHolds(rows, "HbA1c"));
        assertFalse(TestPortal.anyCellHolds(rows, "contrôle"));

        assertEquals(
                List.of(Problem.of(SharingProblem.NO_SUCH_ITEM, 99)),
                portal.sharing(s -> s.markDiscussed(grant.id(), viewer, List.of(DiscussedItem.sentence(99)), ""))
                        .problems());
        assertEquals(
                List.of(Problem.of(SharingProblem.NO_SUCH_ITEM, 3)),
                portal.sharing(s -> s.markDiscussed(grant.id(), viewer, List.of(DiscussedItem.concern(3)), ""))
                        .problems());
        assertEquals(
                List.of(Problem.of(SharingProblem.NOTHING_MARKED)),
                portal.sharing(s -> s.markDiscussed(grant.id(), viewer, List.of(), " "))
                        .problems());
        assertEquals(
                List.of(Problem.of(SharingProblem.NOTE_TOO_LONG, 501, 500)),
                portal.sharing(s -> s.markDiscussed(grant.id(), viewer, List.of(), "n".repeat(501)))
                        .problems());
        assertEquals(notes, portal.sharing(s -> s.grantsOf(patient)).getFirst().notes());
    }

    @OnEachDatabase
    void badSharesAreRefusedWithAMessageAndWriteNothing(TestDatabase database) {
        UUID visitId = approvedVisit();
        VisitForm form = new VisitForm(APPOINTMENT, CareContact.practice(null, "Cabinet"), "", AGENDA);
        UUID draftOnly = portal.visits(v -> v.prepare(patient, form).value().id());
        GenerationTicket ticket =
                portal.visits(v -> v.startGeneration(patient, draftOnly).value());
        portal.visits(v -> v.completeGeneration(ticket, EngineDrafts.english()).value());
        String practice = organization(Grantee.Kind.PRACTICE, "Cabinet");
        Instant appointment = APPOINTMENT.toInstant();

        record Attempt(UUID visit, Grantee grantee, Instant until, SharingProblem expected) {}
        List<Attempt> attempts = List.of(
                new Attempt(draftOnly, Grantee.clinician(chloe), null, SharingProblem.NOT_APPROVED),
                new Attempt(UUID.randomUUID(), Grantee.clinician(chloe), null, SharingProblem.VISIT_NOT_FOUND),
                new Attempt(visitId, Grantee.clinician(UUID.randomUUID()), null, SharingProblem.UNKNOWN_GRANTEE),
                new Attempt(visitId, Grantee.clinician(patient), null, SharingProblem.UNKNOWN_GRANTEE),
                new Attempt(visitId, Grantee.practice("no-such-practice"), null, SharingProblem.UNKNOWN_GRANTEE),
                new Attempt(visitId, Grantee.ehrOrganization(practice), null, SharingProblem.UNKNOWN_GRANTEE),
                new Attempt(visitId, Grantee.clinician(chloe), NOW, SharingProblem.EXPIRY_IN_PAST),
                new Attempt(
                        visitId,
                        Grantee.clinician(chloe),
                        appointment.plus(Duration.ofDays(91)),
                        SharingProblem.EXPIRY_TOO_LATE));
        for (Attempt attempt : attempts) {
            Outcome<GrantOverview> refused =
                    portal.sharing(s -> s.share(patient, attempt.visit(), attempt.grantee(), attempt.until()));
            assertEquals(attempt.expected(), refused.problems().getFirst().code(), attempt.toString());
            assertFalse(refused.problems().getFirst().message(Locale.FRENCH).isBlank());
        }
        assertEquals(List.of(), portal.sharing(s -> s.grantsOf(patient)));
        assertEquals(
                VisitStatus.APPROVED,
                portal.visits(v -> v.find(patient, visitId)).orElseThrow().status());

        Instant chosen = appointment.plus(Duration.ofDays(90));
        assertEquals(
                chosen,
                portal.sharing(s -> s.share(patient, visitId, Grantee.clinician(chloe), chosen))
                        .value()
                        .expiresAt());
        assertEquals(
                List.of(Problem.of(SharingProblem.ALREADY_SHARED)),
                portal.sharing(s -> s.share(patient, visitId, Grantee.clinician(chloe), null))
                        .problems());
        assertTrue(portal.sharing(s -> s.share(patient, visitId, Grantee.practice(practice), null))
                .isDone());
        assertEquals(2, portal.sharing(s -> s.grantsOf(patient)).size());
    }
}
