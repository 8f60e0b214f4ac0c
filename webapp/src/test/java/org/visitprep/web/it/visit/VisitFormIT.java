package org.visitprep.web.it.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;

/** Preparing a visit: bad input is refused beside each field, in the patient's language; concerns reorder. */
class VisitFormIT extends PortalTest {

    @Test
    void bad_input_says_what_to_fix_beside_each_field_and_saves_nothing() {
        signIn(DemoUser.ALICE, "/patient/visits.xhtml");
        VisitPreparationPage visit = new MyVisitsPage(browser).prepareANewVisit();

        visit.appointment("next Tuesday").concern(1, "Tired").save();
        assertTrue(
                visit.messageBeside("appointment").contains("could not be read"), visit.messageBeside("appointment"));
        assertEquals("", visit.visitId(), "nothing was saved");

        visit.appointment("2001-01-01 09:00").concern(1, "x".repeat(301)).save();
        assertTrue(
                visit.messageBeside("appointment").contains("more than 7 days ago"),
                visit.messageBeside("appointment"));
        assertTrue(
                visit.messageBeside("contact").startsWith("Say whom the appointment is with"),
                visit.messageBeside("contact"));
        assertTrue(
                visit.messageBeside("concerns:0:concern").startsWith("Concern 1 has 301 characters"),
                visit.messageBeside("concerns:0:concern"));
        assertEquals("", visit.visitId(), "nothing was saved");
    }

    @Test
    void the_messages_speak_french_to_a_patient_who_reads_french() {
        signIn(DemoUser.ALICE, "/patient/visits.xhtml");
        new MyVisitsPage(browser).switchLanguage("fr");
        VisitPreparationPage visit = new MyVisitsPage(browser).prepareANewVisit();
        assertEquals("fr", visit.language());

        visit.appointment(VisitJourney.appointmentInTenDays())
                .concern(1, "Fatigue")
                .save();

        assertTrue(
                visit.messageBeside("contact").startsWith("Indiquez avec qui est le rendez-vous"),
                visit.messageBeside("contact"));
        assertEquals("", visit.visitId(), "nothing was saved");
    }

    @Test
    void concerns_move_up_with_their_button_keep_the_focus_and_stay_in_order_once_saved() {
        String tag = VisitJourney.tag();
        signIn(DemoUser.ALICE, "/patient/visits.xhtml");
        VisitPreparationPage visit = new MyVisitsPage(browser)
                .prepareANewVisit()
                .appointment(VisitJourney.appointmentInTenDays())
                .with(DemoUser.DRCAROL.fullName())
                .concern(1, "Knee " + tag)
                .concern(2, "Sleep " + tag)
                .concern(3, "Tired " + tag);

        visit.moveConcernUp(3);
        assertEquals(List.of("Knee " + tag, "Tired " + tag, "Sleep " + tag), visit.concerns());
        assertEquals("prepare:concerns:1:up", visit.focusedElementId(), "the focus follows the concern");
        visit.moveConcernUp(2);
        assertEquals(List.of("Tired " + tag, "Knee " + tag, "Sleep " + tag), visit.concerns());
        assertEquals("prepare:concerns:0:down", visit.focusedElementId(), "at the top, Up no longer works");

        VisitPreparationPage saved = visit.save();
        assertTrue(saved.visitId().matches("[0-9a-f-]{36}"), saved.visitId());
        browser.go(VisitJourney.portal("/patient/visit.xhtml?id=" + saved.visitId()));
        assertEquals(
                List.of("Tired " + tag, "Knee " + tag, "Sleep " + tag), new VisitPreparationPage(browser).concerns());
        browser.go(VisitJourney.portal("/patient/visits.xhtml"));
        assertTrue(
                new MyVisitsPage(browser).upcomingRowWithConcern("Tired " + tag).contains("Carol Chen"));
    }
}
