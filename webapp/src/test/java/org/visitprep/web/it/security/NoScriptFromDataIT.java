package org.visitprep.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.record.LabResultsPage;
import org.visitprep.web.it.record.RecordPage;
import org.visitprep.web.it.smart.EhrPatients;
import org.visitprep.web.it.smart.PatientEhrPage;
import org.visitprep.web.it.smart.SandboxEhrPage;
import org.visitprep.web.it.smart.SmartReviewPage;
import org.visitprep.web.it.visit.ApprovedSummaryPage;
import org.visitprep.web.it.visit.Download;
import org.visitprep.web.it.visit.VisitJourney;

/**
 * A record whose free text carries script (a lab's name and unit, a coding's display, notes, a condition, a medicine)
 * is imported, and a visit whose concern carries script is prepared, approved and shared with Dr Bob and with the test
 * EHR's team; Bob reads it in the portal and inside the EHR (an EHR launch) and leaves a note carrying script. On
 * every patient page (the lab's trend chart and source shown, the note on the sharing page), the print view, the PDF
 * and both of Bob's screens, no script of the record runs, its text shows as text, and the browser reports no
 * Content-Security-Policy violation. A deliberate inline
 * script at the end proves the policy blocks and reports, so that "no report" means something.
 */
class NoScriptFromDataIT extends PortalTest {

    /** Each payload, if it ran, would set this global. */
    private static final String MARK = "window.__vpInjected";

    private static final List<String> PAYLOADS = List.of(
            "</script><img src=x onerror=\"" + MARK + "=1\">",
            "<script>" + MARK + "=2</script>",
            "\u2028'\"--><svg onload=" + MARK + "=3>",
            "javascript:" + MARK + "=4");

    /** The clinician's note, which the patient then reads on her sharing page. */
    private static final String CLINICIAN_NOTE = "We spoke <img src=x onerror=" + MARK + "=7> about it";

    private static final String SANDBOX = "sandbox";
    private static final String SANDBOX_NAME = "VisitPrep test EHR";

    private static final String TEST_NAME = "Injected <img src=x onerror=" + MARK + "=5> panel";

    private static final List<String> PATIENT_PAGES = List.of(
            "/patient/home.xhtml",
            "/patient/record.xhtml",
            "/patient/history.xhtml",
            "/patient/wellness.xhtml",
            "/patient/costs.xhtml",
            "/patient/visits.xhtml",
            "/patient/sharing.xhtml",
            "/patient/ehr.xhtml");

    private static String text(int i) {
        return PAYLOADS.get(i % PAYLOADS.size())
                .replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\u2028", "\\u2028");
    }

    private static String observation(String id, String date, double value) {
        return """
                {"fullUrl":"urn:uuid:%s","resource":{"resourceType":"Observation","id":"%s","status":"final",
                 "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category",
                   "code":"laboratory","display":"%s"}]}],
                 "code":{"coding":[{"system":"http://loinc.org","code":"99999-9","display":"%s"}],"text":"%s"},
                 "subject":{"reference":"Patient/david-xss"},"effectiveDateTime":"%s",
                 "valueQuantity":{"value":%s,"unit":"%s"},
                 "referenceRange":[{"text":"%s"}],
                 "interpretation":[{"text":"%s"}],
                 "note":[{"text":"%s"}]}}""".formatted(
                        id,
                        id,
                        text(0),
                        text(1),
                        TEST_NAME.replace("\"", "\\\""),
                        date,
                        value,
                        text(0),
                        text(2),
                        text(3),
                        text(1));
    }

    private static Path recordWithScripts() throws IOException {
        String bundle = """
                {"resourceType":"Bundle","type":"collection","entry":[%s,%s,
                 {"fullUrl":"urn:uuid:8d1f7f0a-0000-4000-8000-00000000c0de","resource":{"resourceType":"Condition",
                  "id":"8d1f7f0a-0000-4000-8000-00000000c0de","subject":{"reference":"Patient/david-xss"},
                  "code":{"text":"%s"},"note":[{"text":"%s"}],"recordedDate":"2026-03-01"}},
                 {"fullUrl":"urn:uuid:8d1f7f0a-0000-4000-8000-00000000d0de","resource":{"resourceType":"MedicationStatement",
                  "id":"8d1f7f0a-0000-4000-8000-00000000d0de","status":"active","subject":{"reference":"Patient/david-xss"},
                  "medicationCodeableConcept":{"text":"%s"},"effectiveDateTime":"2026-03-01",
                  "dosage":[{"text":"%s"}]}}]}""".formatted(
                        observation("8d1f7f0a-0000-4000-8000-00000000a0de", "2026-01-10", 4.2),
                        observation("8d1f7f0a-0000-4000-8000-00000000b0de", "2026-02-10", 5.9),
                        text(0),
                        text(1),
                        text(2),
                        text(3));
        Path file = Files.createTempDirectory("xss").resolve("scripts-in-free-text.json");
        Files.writeString(file, bundle);
        return file;
    }

    @Test
    void a_record_full_of_script_runs_none_of_it_for_the_patient_in_print_in_the_pdf_or_for_the_clinician()
            throws IOException {
        int logBefore = stack().portal().log().length();
        try (Browser importing = Browser.open()) {
            VisitJourney.signIn(importing, DemoUser.DAVID, "/patient/record.xhtml");
            var outcome = new RecordPage(importing).importFile(recordWithScripts());
            assertEquals("done", outcome.state(), outcome.summary() + " " + outcome.problems());
        }

        ApprovedSummaryPage approved = VisitJourney.approvesASummary(browser, DemoUser.DAVID, PAYLOADS.getFirst());
        assertNothingRan("the approved summary");
        approved.shareWith(DemoUser.DRBOB.fullName());
        String grantId = approved.shares().getFirst().grantId();
        approved.shareWith(SANDBOX_NAME);
        assertNothingRan("the approved summary, shared");
        Download pdf = Download.of(browser, approved.pdfAddress("a4"));
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), "a PDF runs no page script: " + pdf.contentType());
        approved.printView("a4");
        assertNothingRan("the print view");

        browser.go(portal("/patient/ehr.xhtml"));
        PatientEhrPage ehrs = new PatientEhrPage(browser);
        String davidAtTheEhr = EhrPatients.idOf("david.json");
        if (!ehrs.isConnected(SANDBOX)) {
            ehrs.connect(SANDBOX).signInAsPatient(davidAtTheEhr).allow();
            ehrs = new PatientEhrPage(browser);
        }
        assertTrue(ehrs.isConnected(SANDBOX), ehrs.visibleText());

        try (Browser bob = Browser.open()) {
            VisitJourney.signIn(bob, DemoUser.DRBOB, "/clinician/home.xhtml");
            assertNothingRan(bob, "Bob's worklist, naming David's concern");
            bob.go(portal("/clinician/shared.xhtml?grant=" + grantId));
            bob.waiting().until(driver -> !driver.findElements(By.id("main")).isEmpty());
            assertNothingRan(bob, "the summary Bob reads in the portal");
        }
        try (Browser bob = Browser.open()) {
            SandboxEhrPage.open(bob).launchAndAllow(SandboxEhrPage.Practitioner.DRBOB, davidAtTheEhr);
            SmartReviewPage review = new SmartReviewPage(bob);
            assertEquals(SmartReviewPage.Showing.SUMMARY, review.showing());
            assertNothingRan(bob, "the summary Bob reads inside the EHR");
            review.markDiscussed(List.of("Concern: " + VisitJourney.tiredConcern(PAYLOADS.getFirst())), CLINICIAN_NOTE);
            assertTrue(
                    review.notes().stream().anyMatch(note -> note.contains(CLINICIAN_NOTE)),
                    review.notes().toString());
            assertNothingRan(bob, "the EHR review with Bob's note");
        }

        var labs = LabResultsPage.open(browser, portal(LabResultsPage.PATH));
        assertTrue(labs.testNames().contains(TEST_NAME), "the name shows as text: " + labs.testNames());
        labs.showTrend(TEST_NAME);
        assertNothingRan("the lab's trend chart");
        var source = labs.showSource(TEST_NAME);
        assertTrue(source.json().contains("onerror"), "the source shows the text as it came");
        assertNothingRan("the lab's source");
        source.close();
        for (String page : PATIENT_PAGES) {
            browser.go(portal(page));
            browser.waiting().until(driver -> driver.getCurrentUrl().contains(page));
            assertNothingRan(page);
        }

        try (Browser bob = Browser.open()) {
            VisitJourney.signIn(bob, DemoUser.DRBOB, "/clinician/home.xhtml");
            assertNothingRan(bob, "Bob's worklist, naming David's concern");
            bob.go(portal("/clinician/shared.xhtml?grant=" + grantId));
            bob.waiting().until(driver -> !driver.findElements(By.id("main")).isEmpty());
            assertNothingRan(bob, "the summary Bob reads");
        }

        assertOnlyTheSentinelViolationIsReported(logBefore);
    }

    private void assertNothingRan(String where) {
        assertNothingRan(browser, where);
    }

    private static void assertNothingRan(Browser reader, String where) {
        Object injected = reader.driver().executeScript("return typeof " + MARK + ";");
        assertEquals("undefined", injected, "a script from the record ran on " + where);
    }

    /**
     * Adds an inline script as an injected one would be added, which the policy must block and report; then reads
     * the portal's log: that report arrives, and it is the only one since the test began.
     */
    private void assertOnlyTheSentinelViolationIsReported(int logBefore) {
        browser.driver()
                .executeScript("var s = document.createElement('script'); s.textContent = '" + MARK + "=99';"
                        + " document.body.appendChild(s);");
        assertNothingRan("the page with the sentinel script");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> violations(logBefore).size() >= 1);
        List<String> reported = violations(logBefore);
        assertEquals(1, reported.size(), "only the sentinel is reported: " + reported);
        assertTrue(reported.getFirst().contains("script-src"), reported.getFirst());
        assertTrue(
                !reported.getFirst().contains("onerror") && !reported.getFirst().contains("Injected"),
                "the log line carries no record text: " + reported.getFirst());
    }

    private static List<String> violations(int logBefore) {
        return stack().portal()
                .log()
                .substring(logBefore)
                .lines()
                .filter(line -> line.contains("CSP violation"))
                .toList();
    }
}
