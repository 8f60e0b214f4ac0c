package org.visitprep.web.it.visit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.KeycloakLoginPage;
import org.visitprep.web.it.stack.VisitPrepStack;

/** The steps the visit tests (and the SMART tests, which continue the journey) share: signing people in, and Alice preparing a visit up to its summary. */
public final class VisitJourney {

    /** Alice's concerns: "always tired" touches her labs and sleep; the tag tells this test's visit apart. */
    public static String tiredConcern(String tag) {
        return "I am always tired, even after a full night " + tag;
    }

    private VisitJourney() {}

    /** A tag that tells one test's visit apart from the others' in the shared stack. */
    public static String tag() {
        return "#" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The appointment ten days from now, as the appointment field takes it. */
    public static String appointmentInTenDays() {
        return LocalDate.now().plusDays(10) + " 09:30";
    }

    /** Signs a demo user in through Keycloak's page, arriving at a portal address. */
    public static void signIn(Browser browser, DemoUser user, String path) {
        browser.go(portal(path));
        new KeycloakLoginPage(
                        browser, VisitPrepStack.current().keycloak().baseUrl().getPort())
                .signIn(user);
        browser.waitUntilBackAt(portal(path));
    }

    public static URI portal(String path) {
        return VisitPrepStack.current().portal().url(path);
    }

    /** Alice, signed in, prepares a visit with Bob whose first concern carries the tag, and has its summary drafted. */
    static VisitPreparationPage aliceHasASummaryDrafted(Browser browser, String tag) {
        return hasASummaryDrafted(browser, DemoUser.ALICE, tag);
    }

    /** A patient signs in, prepares a visit with Bob whose first concern carries the tag, and has it drafted. */
    static VisitPreparationPage hasASummaryDrafted(Browser browser, DemoUser patient, String tag) {
        signIn(browser, patient, "/patient/visits.xhtml");
        return draftsASummary(browser, tag);
    }

    /** The signed-in patient, on their visits page, prepares a visit with Bob and has its summary drafted. */
    static VisitPreparationPage draftsASummary(Browser browser, String tag) {
        VisitPreparationPage visit = new MyVisitsPage(browser)
                .prepareANewVisit()
                .appointment(appointmentInTenDays())
                .with(DemoUser.DRBOB.fullName())
                .reason("Yearly check-up")
                .concern(1, tiredConcern(tag))
                .concern(2, "My knee hurts on the stairs")
                .symptoms("Short of breath when I climb to the third floor.")
                .question("Should my iron be checked?")
                .medicine("Vitamin D")
                .prepareSummary();
        assertTrue(visit.summaryIsReady(), "the summary is ready: " + visit.visibleText());
        return visit;
    }

    /** Alice has her summary drafted and approves it as it is. */
    public static ApprovedSummaryPage aliceApprovesASummary(Browser browser, String tag) {
        return aliceHasASummaryDrafted(browser, tag).checkMySummary().approve();
    }

    /** The patient signed in already has a summary drafted for a visit with Bob and approves it as it is. */
    public static ApprovedSummaryPage approvesASummaryWhenSignedIn(Browser browser, String tag) {
        browser.go(portal("/patient/visits.xhtml"));
        return draftsASummary(browser, tag).checkMySummary().approve();
    }

    /** A patient has a summary drafted for a visit with Bob and approves it as it is. */
    public static ApprovedSummaryPage approvesASummary(Browser browser, DemoUser patient, String tag) {
        return hasASummaryDrafted(browser, patient, tag).checkMySummary().approve();
    }
}
