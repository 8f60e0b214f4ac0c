package org.visitprep.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
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

/** Visit preparations kept in the database, on H2 and on PostgreSQL. */
class VisitPreparationPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZonedDateTime NEXT_WEEK = ZonedDateTime.parse("2026-12-07T09:30+01:00[Europe/Paris]");

    private static final Agenda AGENDA = new Agenda(
            List.of(AgendaItem.of("Fatigue après les repas"), AgendaItem.of("Tingling feet at night")),
            "Thirsty all day since October",
            List.of(AgendaItem.of("Should I check my sugar at home?")),
            List.of(AgendaItem.of("Metformin 500 mg")));

    private TestPortal portal;

    @BeforeEach
    void openPortal(TestDatabase database) {
        portal = new TestPortal(database, NOW);
    }

    @AfterEach
    void closePortal() throws SQLException {
        portal.close();
    }

    private VisitForm form(ZonedDateTime appointment, CareContact with, Agenda agenda) {
        return new VisitForm(appointment, with, "Suivi du diabète", agenda);
    }

    private UUID prepared(UUID patient) {
        return portal.visits(visits -> visits.prepare(
                        patient, form(NEXT_WEEK, CareContact.practice("cab-1", "Cabinet Léon Bérard"), AGENDA))
                .value()
                .id());
    }

    @OnEachDatabase
    void aDraftIsSavedSealedAndReadBackAsWritten(TestDatabase database) {
        UUID patient = portal.patient("Alice Martin");
        UUID visitId = prepared(patient);

        PreparedVisit found =
                portal.visits(visits -> visits.find(patient, visitId)).orElseThrow();

        assertEquals(NEXT_WEEK, found.appointment());
        assertEquals(CareContact.practice("cab-1", "Cabinet Léon Bérard"), found.with());
        assertEquals("Suivi du diabète", found.reason());
        assertEquals(AGENDA, found.agenda());
        assertEquals(VisitStatus.DRAFT, found.status());

        List<List<Object>> rows = portal.rows("select * from visit_preparation where id = ?", visitId);
        assertEquals(1, rows.size());
        for (String written : List.of(
                "Fatigue après les repas",
                "Tingling",
                "Thirsty",
                "sugar at home",
                "Metformin",
                "Suivi du diabète",
                "Léon Bérard")) {
            assertFalse(TestPortal.anyCellHolds(rows, written), "the row holds in clear: " + written);
        }
        assertTrue(TestPortal.anyCellHolds(rows, "cab-1"), "the contact's id is kept in clear");
    }

    @OnEachDatabase
    void anotherPatientNeitherSeesNorChangesTheVisit(TestDatabase database) {
        UUID visitId = prepared(portal.patient("Alice Martin"));
        UUID mallory = portal.patient("Mallory");

        assertTrue(portal.visits(visits -> visits.find(mallory, visitId)).isEmpty());
        Outcome<PreparedVisit> revised = portal.visits(visits -> visits.revise(
                mallory, visitId, form(NEXT_WEEK, CareContact.practice(null, "Elsewhere"), Agenda.empty())));
        assertEquals(List.of(Problem.of(VisitProblem.VISIT_NOT_FOUND)), revised.problems());
    }

    @OnEachDatabase
    void badInputIsRefusedWithAMessageAndChangesNothing(TestDatabase database) {
        UUID patient = portal.patient("Alice Martin");
        UUID visitId = prepared(patient);
        PreparedVisit before =
                portal.visits(visits -> visits.find(patient, visitId)).orElseThrow();
        UUID anotherPatient = portal.patient("Bob");
        CareContact practice = CareContact.practice("cab-1", "Cabinet Léon Bérard");
        Agenda sixConcerns = new Agenda(
                List.of("a", "b", "c", "d", "e", "f").stream()
                        .map(AgendaItem::of)
                        .toList(),
                "",
                null,
                null);
        Agenda emptyConcern = new Agenda(List.of(AgendaItem.of("a"), AgendaItem.of(" ")), "", null, null);
        Agenda longConcern = new Agenda(List.of(AgendaItem.of("x".repeat(301))), "", null, null);

        record Attempt(VisitForm form, Problem expected) {}
        List<Attempt> attempts = List.of(
                new Attempt(form(NEXT_WEEK, practice, sixConcerns), Problem.of(VisitProblem.TOO_MANY_CONCERNS, 6, 5)),
                new Attempt(form(NEXT_WEEK, practice, emptyConcern), Problem.of(VisitProblem.EMPTY_CONCERN, 2)),
                new Attempt(
                        form(NEXT_WEEK, practice, longConcern), Problem.of(VisitProblem.CONCERN_TOO_LONG, 1, 301, 300)),
                new Attempt(
                        form(NEXT_WEEK.minusYears(1), practice, AGENDA),
                        Problem.of(VisitProblem.APPOINTMENT_IN_PAST, 7)),
                new Attempt(
                        form(NEXT_WEEK.plusYears(3), practice, AGENDA),
                        Problem.of(VisitProblem.APPOINTMENT_TOO_FAR, 24)),
                new Attempt(
                        form(NEXT_WEEK, CareContact.clinician(UUID.randomUUID()), AGENDA),
                        Problem.of(VisitProblem.UNKNOWN_CLINICIAN)),
                new Attempt(
                        form(NEXT_WEEK, CareContact.clinician(anotherPatient), AGENDA),
                        Problem.of(VisitProblem.UNKNOWN_CLINICIAN)),
                new Attempt(
                        form(NEXT_WEEK, CareContact.practice("cab-1", " "), AGENDA),
                        Problem.of(VisitProblem.CONTACT_NAME_MISSING)),
                new Attempt(form(null, practice, AGENDA), Problem.of(VisitProblem.APPOINTMENT_MISSING)),
                new Attempt(
                        new VisitForm(NEXT_WEEK, practice, "r".repeat(301), AGENDA),
                        Problem.of(VisitProblem.REASON_TOO_LONG, 301, 300)));

        for (Attempt attempt : attempts) {
            Outcome<PreparedVisit> revised = portal.visits(visits -> visits.revise(patient, visitId, attempt.form()));
            Outcome.Refused<PreparedVisit> refused = assertInstanceOf(Outcome.Refused.class, revised);
            assertEquals(List.of(attempt.expected()), refused.problems());
            assertFalse(refused.messages(Locale.ENGLISH).getFirst().isBlank());
            assertFalse(refused.messages(Locale.FRENCH).getFirst().isBlank());
            assertEquals(
                    before,
                    portal.visits(visits -> visits.find(patient, visitId)).orElseThrow());

            Outcome<PreparedVisit> prepared = portal.visits(visits -> visits.prepare(patient, attempt.form()));
            assertEquals(List.of(attempt.expected()), prepared.problems());
        }
        assertEquals(
                1,
                portal.rows("select id from visit_preparation where patient_id = ?", patient)
                        .size(),
                "no refused visit was saved");
    }

    @OnEachDatabase
    void aClinicianOfThePortalIsNamedFromTheirAccount(TestDatabase database) {
        UUID patient = portal.patient("Alice Martin");
        UUID clinician = portal.clinician("Dr Chloé Dubois");

        PreparedVisit prepared = portal.visits(
                visits -> visits.prepare(patient, form(NEXT_WEEK, CareContact.clinician(clinician), AGENDA))
                        .value());

        assertEquals(CareContact.Kind.CLINICIAN, prepared.with().kind());
        assertEquals(clinician, prepared.with().clinicianId().orElseThrow());
        assertEquals("Dr Chloé Dubois", prepared.with().name());
        List<List<Object>> rows = portal.rows("select * from visit_preparation where id = ?", prepared.id());
        assertFalse(TestPortal.anyCellHolds(rows, "Chloé"));
    }

    @OnEachDatabase
    void aDraftIsRevisedAndItsConcernsReordered(TestDatabase database) {
        UUID patient = portal.patient("Alice Martin");
        UUID visitId = prepared(patient);
        Agenda threeConcerns =
                new Agenda(List.of(AgendaItem.of("one"), AgendaItem.of("two"), AgendaItem.of("three")), "", null, null);

        portal.visits(visits -> visits.revise(
                        patient,
                        visitId,
                        form(NEXT_WEEK.plusDays(1), CareContact.practice("cab-2", "Other"), threeConcerns))
                .value());
        PreparedVisit moved = portal.visits(visits -> visits.moveConcern(patient, visitId, 3, 1))
                .value();

        PreparedVisit found =
                portal.visits(visits -> visits.find(patient, visitId)).orElseThrow();
        assertEquals(moved, found);
        assertEquals(
                List.of("three", "one", "two"),
                found.agenda().concerns().stream().map(AgendaItem::text).toList());
        assertEquals(NEXT_WEEK.plusDays(1), found.appointment());
        assertEquals("Other", found.with().name());
        assertEquals(
                List.of(Problem.of(VisitProblem.NO_SUCH_CONCERN, 4, 3)),
                portal.visits(visits -> visits.moveConcern(patient, visitId, 4, 1))
                        .problems());
    }

    @OnEachDatabase
    void upcomingVisitsStartToday(TestDatabase database) {
        UUID patient = portal.patient("Alice Martin");
        CareContact practice = CareContact.practice(null, "Cabinet");
        ZonedDateTime thisMorning = ZonedDateTime.parse("2026-11-30T08:00+01:00[Europe/Paris]");
        ZonedDateTime threeDaysAgo = thisMorning.minusDays(3);
        for (ZonedDateTime when : List.of(NEXT_WEEK, threeDaysAgo, thisMorning, NEXT_WEEK.plusDays(7))) {
            portal.visits(visits ->
                    visits.prepare(patient, form(when, practice, AGENDA)).value());
        }

        List<VisitOverview> upcoming = portal.visits(visits -> visits.upcoming(patient, PARIS));
        List<VisitOverview> past = portal.visits(visits -> visits.past(patient, PARIS));

        assertEquals(
                List.of(thisMorning, NEXT_WEEK, NEXT_WEEK.plusDays(7)),
                upcoming.stream().map(VisitOverview::appointment).toList());
        assertEquals(
                List.of(threeDaysAgo),
                past.stream().map(VisitOverview::appointment).toList());
        assertEquals("Fatigue après les repas", upcoming.getFirst().topConcern());
    }
}
