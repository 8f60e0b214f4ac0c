package org.visitprep.web.it.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.Reflow;
import org.visitprep.web.it.record.RecordPage;
import org.visitprep.web.it.visit.ApprovedSummaryPage;
import org.visitprep.web.it.visit.SharingPage;
import org.visitprep.web.it.visit.SummarySentences;
import org.visitprep.web.it.visit.VisitJourney;

/**
 * SMART App Launch through the real flows, in Chromium against the real portal, Keycloak and test EHR: a patient
 * (Chloe, as the scenario's patient) connects her record at the test EHR and it arrives; she shares a summary with
 * the EHR's care team; Dr Bob opens VisitPrep from inside the EHR for her, reads the summary in the EHR's frame, also
 * when it is a 400 px side panel, and marks an item discussed; her access log tells; once she disconnects, her
 * record keeps what arrived and the EHR finds her no more. A launch for a patient who shared nothing shows nothing;
 * a denied consent, a forged state, a code without its PKCE verifier and an unknown EHR each fail cleanly, storing
 * nothing.
 */
class EhrLaunchScenarioIT extends PortalTest {

    private static final String SANDBOX = "sandbox";
    private static final String SANDBOX_NAME = "VisitPrep test EHR";
    private static final int SIDE_PANEL_WIDTH = 400;

    /**
     * The patient who connects is Chloe, not Alice: the record tests count Alice's results, and a copy pulled from the
     * test EHR (the same Synthea file, from another source system) would double them.
     */
    @Test
    void a_patient_connects_her_ehr_shares_with_its_team_and_bob_reads_it_inside_the_ehr() {
        String tag = VisitJourney.tag();
        String concern = VisitJourney.tiredConcern(tag);
        String herEhrId = EhrPatients.idOf("chloe.json");

        ApprovedSummaryPage approved = VisitJourney.approvesASummary(browser, DemoUser.CHLOE, tag);
        approved.shareWith(SANDBOX_NAME);
        ApprovedSummaryPage.Share share = approved.shares().getFirst();
        assertEquals(SANDBOX_NAME, share.with());

        browser.driver().findElement(By.linkText("My EHR records")).click();
        PatientEhrPage ehrs = new PatientEhrPage(browser);
        if (!ehrs.isConnected(SANDBOX)) {
            ehrs.connect(SANDBOX).signInAsPatient(herEhrId).allow();
            ehrs = new PatientEhrPage(browser);
            assertFalse(ehrs.arrivalFailed(), ehrs.arrivalText());
            assertTrue(ehrs.arrivalText().contains("is connected"), ehrs.arrivalText());
            Map<String, Integer> arrived = ehrs.arrivedKinds();
            assertTrue(arrived.getOrDefault("OBSERVATION", 0) > 0, "her results arrived: " + arrived);
            assertTrue(arrived.getOrDefault("PATIENT", 0) == 1, arrived.toString());
        }
        assertTrue(ehrs.isConnected(SANDBOX), ehrs.visibleText());
        PatientEhrPage resynced = ehrs.resync(SANDBOX);
        assertFalse(resynced.arrivalFailed(), resynced.arrivalText());

        try (Browser bob = Browser.open()) {
            SandboxEhrPage.open(bob).launchAndAllow(SandboxEhrPage.Practitioner.DRBOB, herEhrId);
            SmartReviewPage review = new SmartReviewPage(bob);
            assertEquals(SmartReviewPage.Showing.SUMMARY, review.showing());
            assertTrue(review.heading().contains(DemoUser.CHLOE.fullName()), review.heading());
            assertTrue(review.context().contains(SANDBOX_NAME), review.context());
            assertTrue(review.context().contains(DemoUser.DRBOB.fullName()), review.context());
            assertEquals(concern, review.concerns().getFirst(), "her agenda comes first");
            SummarySentences.Sentence cited = review.sentences().stream()
                    .filter(SummarySentences.Sentence::hasSources)
                    .filter(s -> !review.openSources(s.number()).records().isEmpty())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no sentence opens a record: " + review.visibleText()));
            assertTrue(review.openOriginal(cited.number(), 0).contains("\"resourceType\""));
            review.checkAccessibility("EHR launch review with sources open");

            review.markDiscussed(List.of("Concern: " + concern), "We checked your iron. " + tag);
            assertTrue(review.discussedMessages().contains("Saved"), review.discussedMessages());
            assertTrue(
                    review.notes().stream().anyMatch(note -> note.contains("We checked your iron. " + tag)),
                    review.notes().toString());

            SandboxEhrPage.narrowFrameTo(bob, SIDE_PANEL_WIDTH);
            SmartReviewPage panel = new SmartReviewPage(bob);
            Reflow.assertFits(bob.driver(), SIDE_PANEL_WIDTH, "the review in a 400 px EHR side panel");
            panel.openSources(cited.number());
            Reflow.assertFits(bob.driver(), SIDE_PANEL_WIDTH, "the side panel with a sentence's sources open");
            Reflow.assertNothingScrollsInside(bob.driver(), ".vp-sources", "the side panel's sources");
            assertTrue(panel.openOriginal(cited.number(), 0).contains("\"resourceType\""));
        }

        browser.go(VisitJourney.portal("/patient/sharing.xhtml"));
        List<SharingPage.Access> log = new SharingPage(browser).accessLog();
        assertTrue(
                log.contains(new SharingPage.Access(
                        DemoUser.DRBOB.fullName(),
                        "From their records system (EHR) (" + SANDBOX_NAME + ")",
                        "Opened",
                        "OPENED")),
                log.toString());

        long entries = RecordPage.open(browser, VisitJourney.portal("/patient/record.xhtml"))
                .total();
        browser.driver().findElement(By.linkText("My EHR records")).click();
        PatientEhrPage disconnected = new PatientEhrPage(browser).disconnect(SANDBOX);
        assertFalse(disconnected.isConnected(SANDBOX), disconnected.visibleText());
        assertTrue(disconnected.arrivalText().contains("deleted its access"), disconnected.arrivalText());
        assertEquals(
                entries,
                RecordPage.open(browser, VisitJourney.portal("/patient/record.xhtml"))
                        .total(),
                "what arrived from the EHR stays in her record");
        try (Browser bob = Browser.open()) {
            SandboxEhrPage.open(bob).launchAndAllow(SandboxEhrPage.Practitioner.DRBOB, herEhrId);
            assertEquals(
                    SmartReviewPage.Showing.NOTHING_SHARED,
                    new SmartReviewPage(bob).showing(),
                    "once she disconnected, the EHR's patient is no longer linked to her");
        }
    }

    @Test
    void a_launch_for_a_patient_who_shared_nothing_shows_nothing_and_a_denied_consent_opens_nothing() {
        String bensEhrId = EhrPatients.idOf("ben.json");

        SandboxEhrPage.open(browser).launchAndAllow(SandboxEhrPage.Practitioner.DRBOB, bensEhrId);
        SmartReviewPage review = new SmartReviewPage(browser);
        assertEquals(SmartReviewPage.Showing.NOTHING_SHARED, review.showing());
        assertEquals("Nothing has been shared with you", review.heading());
        assertFalse(review.visibleText().contains(DemoUser.BEN.fullName()), review.visibleText());
        assertTrue(review.sentences().isEmpty());

        SandboxEhrPage.open(browser).openVisitPrepFor(SandboxEhrPage.Practitioner.DRBOB, bensEhrId);
        SandboxEhrPage.enterFrame(browser);
        SandboxConsentPage.inThisFrame(browser).deny();
        SandboxEhrPage.awaitFrameAt(browser, "/smart/callback");
        LaunchProblemPage denied = new LaunchProblemPage(browser);
        assertTrue(denied.problem().contains("did not allow"), denied.problem());
    }

    @Test
    void a_forged_state_a_code_without_its_verifier_and_an_unknown_ehr_fail_cleanly() throws Exception {
        browser.go(portal("/smart/launch?iss="
                + URLEncoder.encode("https://ehr.example.org/fhir", StandardCharsets.UTF_8) + "&launch=abc"));
        LaunchProblemPage unknown = new LaunchProblemPage(browser);
        assertTrue(unknown.problem().contains("is not registered with VisitPrep"), unknown.problem());

        InterceptedLaunch stolen = InterceptedLaunch.of("drbob", EhrPatients.idOf("alice.json"));
        browser.go(portal("/smart/callback?code=" + URLEncoder.encode(stolen.code(), StandardCharsets.UTF_8)
                + "&state=forged-" + URLEncoder.encode(stolen.state(), StandardCharsets.UTF_8)));
        LaunchProblemPage forged = new LaunchProblemPage(browser);
        assertTrue(forged.problem().contains("does not belong to a sign-in started"), forged.problem());
        browser.go(portal("/smart/review.xhtml"));
        LaunchProblemPage notLaunched = new LaunchProblemPage(browser);
        assertTrue(notLaunched.problem().contains("opens only from inside your EHR"), notLaunched.problem());

        var withoutVerifier = stolen.exchangeWithoutVerifier();
        assertEquals(400, withoutVerifier.statusCode(), withoutVerifier.body());
        assertFalse(withoutVerifier.body().contains("access_token"), withoutVerifier.body());
        assertTrue(
                withoutVerifier.body().contains("invalid_grant")
                        || withoutVerifier.body().contains("invalid_request"),
                withoutVerifier.body());
    }

    /** The frame-ancestors directive of the response's Content-Security-Policy headers. */
    private static String frameAncestors(HttpResponse<?> response) {
        return response.headers().allValues("Content-Security-Policy").stream()
                .flatMap(policy -> java.util.Arrays.stream(policy.split(";")))
                .map(String::strip)
                .filter(directive -> directive.startsWith("frame-ancestors"))
                .findFirst()
                .orElse("");
    }

    @Test
    void only_the_launch_pages_may_be_framed_only_by_the_registered_ehr_and_keep_their_session_there()
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> launchPage = http.send(
                HttpRequest.newBuilder(portal("/smart/launch")).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals("frame-ancestors 'self' " + stack().ehr().origin(), frameAncestors(launchPage));

        HttpResponse<Void> portalPage = http.send(
                HttpRequest.newBuilder(portal("/signed-out.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals("frame-ancestors 'self'", frameAncestors(portalPage));

        // the portal runs as one an EHR on another site frames (config/payara/cross-site-ehr.asadmin)
        HttpResponse<Void> toSignIn = http.send(
                HttpRequest.newBuilder(portal("/patient/home.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String sessionCookie = toSignIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("VISITPREP_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a page remembered for after sign-in starts a session"));
        List<String> attributes = List.of(sessionCookie.split("\\s*;\\s*"));
        assertTrue(attributes.contains("SameSite=None"), sessionCookie);
        assertTrue(attributes.contains("Secure"), sessionCookie);
        assertTrue(attributes.contains("HttpOnly"), sessionCookie);
    }
}
