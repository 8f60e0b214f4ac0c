package org.visitprep.web.it.smart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.visit.ApprovedSummaryPage;
import org.visitprep.web.it.visit.VisitJourney;

/**
 * Launch to readable review, measured in Chromium against the booted stack (not a test: no timing is asserted, and
 * its name keeps it out of the normal failsafe run; {@code ./visitprep bench} runs it with
 * {@code -Dit.test=SmartLaunchBenchmark}).
 *
 * <p>One launch is from the moment Dr Bob presses "Open VisitPrep for this patient" on the test EHR's page until the
 * agenda of Chloe's summary is visible in the EHR's frame: the EHR's launch page, the portal's launch endpoint,
 * discovery and the authorize redirect, the EHR's consent page answered "Allow" at once by the browser, the code
 * exchange and id_token check, and the review screen. The baseline, measured in the same run: Bob, signed in to the
 * portal, opens the same summary (shared with him too) from its address until its agenda is visible. One warm-up
 * each, then five timed runs; the medians are printed as {@code BENCH} lines.
 */
class SmartLaunchBenchmark extends PortalTest {

    private static final int RUNS = 5;
    /** How often the browser is asked whether the agenda is there: the figures' resolution. */
    private static final Duration POLL = Duration.ofMillis(20);

    /** The review is readable once its open sections (at a glance, needs attention, the agenda) are shown. */
    private static final By AGENDA = By.cssSelector("section.vp-open-section[data-section='AGENDA']");

    @Test
    void launch_to_readable_review() {
        // Chloe, not Alice: the record tests count Alice's results, and a pulled copy would double them
        String patientsEhrId = EhrPatients.idOf("chloe.json");
        ApprovedSummaryPage approved = VisitJourney.approvesASummary(browser, DemoUser.CHLOE, VisitJourney.tag());
        approved.shareWith("VisitPrep test EHR");
        approved.shareWith(DemoUser.DRBOB.fullName());
        String bobsGrant = approved.shares().stream()
                .filter(share -> share.with().equals(DemoUser.DRBOB.fullName()))
                .findFirst()
                .orElseThrow()
                .grantId();
        browser.driver().findElement(By.linkText("My EHR records")).click();
        PatientEhrPage ehrs = new PatientEhrPage(browser);
        if (!ehrs.isConnected("sandbox")) {
            ehrs.connect("sandbox").signInAsPatient(patientsEhrId).allow();
            new PatientEhrPage(browser);
        }

        List<Long> launches = new ArrayList<>();
        try (Browser bob = Browser.open()) {
            for (int run = 0; run <= RUNS; run++) {
                SandboxEhrPage page = SandboxEhrPage.open(bob);
                long start = System.nanoTime();
                page.launchAndAllow(SandboxEhrPage.Practitioner.DRBOB, patientsEhrId);
                bob.waiting().pollingEvery(POLL).until(ExpectedConditions.visibilityOfElementLocated(AGENDA));
                long elapsed = System.nanoTime() - start;
                if (run > 0) {
                    launches.add(elapsed);
                }
            }
        }

        List<Long> portalOpens = new ArrayList<>();
        try (Browser bob = Browser.open()) {
            VisitJourney.signIn(bob, DemoUser.DRBOB, "/clinician/home.xhtml");
            bob.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
            for (int run = 0; run <= RUNS; run++) {
                long start = System.nanoTime();
                bob.go(VisitJourney.portal("/clinician/shared.xhtml?grant=" + bobsGrant));
                bob.waiting().pollingEvery(POLL).until(ExpectedConditions.visibilityOfElementLocated(AGENDA));
                long elapsed = System.nanoTime() - start;
                if (run > 0) {
                    portalOpens.add(elapsed);
                }
            }
        }

        double launch = medianMillis(launches);
        double portal = medianMillis(portalOpens);
        System.out.printf(Locale.ROOT, "BENCH smart.launch_to_review.median_ms %.0f ms%n", launch);
        System.out.printf(Locale.ROOT, "BENCH smart.portal_open.median_ms %.0f ms%n", portal);
        System.out.printf(Locale.ROOT, "BENCH smart.launch_vs_portal_open.ratio %.2f x%n", launch / portal);
        for (int run = 0; run < launches.size(); run++) {
            System.out.printf(
                    Locale.ROOT,
                    "BENCH smart.launch_to_review.run%d_ms %d ms%n",
                    run + 1,
                    Duration.ofNanos(launches.get(run)).toMillis());
        }
    }

    private static double medianMillis(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median =
                sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return median / 1_000_000.0;
    }
}
