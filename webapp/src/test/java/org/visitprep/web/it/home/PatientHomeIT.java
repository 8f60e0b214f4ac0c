package org.visitprep.web.it.home;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.visit.ApprovedSummaryPage;
import org.visitprep.web.it.visit.VisitJourney;

/**
 * Ben's home says what matters now: the results of his record that need attention (the facts a summary must mention,
 * in his words), then, once he prepared a visit, approved its summary and shared it, the visit and its state, what is
 * shared with whom until when, and Bob's opening.
 */
class PatientHomeIT extends PortalTest {

    @Test
    void ben_sees_what_matters_now_once_his_visit_is_shared_and_opened() {
        ApprovedSummaryPage approved = VisitJourney.approvesASummary(browser, DemoUser.BEN, VisitJourney.tag());
        approved.shareWith(DemoUser.DRBOB.fullName());
        String grant = approved.shares().getFirst().grantId();
        try (Browser bob = Browser.open()) {
            VisitJourney.signIn(bob, DemoUser.DRBOB, "/clinician/home.xhtml");
            bob.go(VisitJourney.portal("/clinician/shared.xhtml?grant=" + grant));
        }

        browser.go(VisitJourney.portal("/patient/home.xhtml"));
        PatientHomePage home = new PatientHomePage(browser);
        List<String> attention = home.needsAttention();
        assertTrue(
                !attention.isEmpty() || home.saysNothingNeedsAttention(),
                "either the results that need attention or a sentence saying none does: " + home.visibleText());
        for (String line : attention) {
            assertFalse(line.contains("the patient"), "written to Ben, not about him: " + line);
        }
        assertTrue(home.nextVisit().contains(DemoUser.DRBOB.fullName()), home.nextVisit());
        assertTrue(home.nextVisitStatus().contains("shared"), home.nextVisitStatus());
        assertTrue(
                home.sharedNow().stream()
                        .anyMatch(line -> line.contains(DemoUser.DRBOB.fullName()) && line.contains("opened")),
                home.sharedNow().toString());
        assertTrue(
                home.latestOpenings().stream()
                        .anyMatch(line -> line.contains(DemoUser.DRBOB.fullName()) && line.contains("Opened")),
                home.latestOpenings().toString());
    }
}
