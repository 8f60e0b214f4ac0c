package org.visitprep.web.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.smart.EhrPatients;
import org.visitprep.web.it.smart.LaunchProblemPage;
import org.visitprep.web.it.smart.SandboxEhrPage;
import org.visitprep.web.it.smart.SmartReviewPage;

/**
 * An administrator edits the test EHR's clinician map, and the next SMART launch by that EHR user follows it at once,
 * without a restart: unmapped, the launch opens nothing; mapped again, it opens the review.
 */
class EhrRegistrationIT extends PortalTest {

    private static final String SANDBOX = "sandbox";
    private static final String CAROL_IN_THE_EHR = "Practitioner/drcarol";
    private static final String CAROL = "Carol Chen (drcarol)";

    @Test
    void the_map_seeded_from_the_settings_is_shown_without_the_client_secret() {
        var page = openEhrs();

        assertTrue(
                page.mappings(SANDBOX).contains(new EhrsPage.Mapping("Practitioner/drbob", DemoUser.DRBOB.fullName())),
                page.mappings(SANDBOX).toString());
        assertFalse(browser.pageSource().contains("dev-only-demo-secret"), "the EHR's client secret is shown");
    }

    @Test
    void a_bad_mapping_is_refused_and_changes_nothing() {
        var page = openEhrs();
        var before = page.mappings(SANDBOX);

        page = page.map(SANDBOX, "drcarol; drop table", CAROL);
        assertEquals(
                List.of("Enter the EHR user as the EHR names them, such as Practitioner/12345. Nothing was changed."),
                page.messages());
        page = page.map(SANDBOX, "Practitioner/someone", "");
        assertEquals(List.of("Choose a clinician from the list. Nothing was changed."), page.messages());
        assertEquals(before, page.mappings(SANDBOX));
    }

    @Test
    void an_edited_map_applies_to_the_next_launch_without_a_restart() {
        String bensEhrId = EhrPatients.idOf("ben.json");
        var page = openEhrs();
        try {
            page = page.unmap(SANDBOX, CAROL_IN_THE_EHR);
            assertFalse(
                    page.mappings(SANDBOX).stream().anyMatch(m -> m.fhirUser().equals(CAROL_IN_THE_EHR)));

            try (var ehr = Browser.open()) {
                SandboxEhrPage.open(ehr).launchAndAllow(SandboxEhrPage.Practitioner.DRCAROL, bensEhrId);
                var refused = new LaunchProblemPage(ehr);
                assertTrue(refused.problem().contains("not a clinician VisitPrep knows"), refused.problem());
            }

            page = page.map(SANDBOX, CAROL_IN_THE_EHR, CAROL);
            assertEquals(List.of(CAROL_IN_THE_EHR + " is mapped. It applies at their next launch."), page.messages());

            try (var ehr = Browser.open()) {
                SandboxEhrPage.open(ehr).launchAndAllow(SandboxEhrPage.Practitioner.DRCAROL, bensEhrId);
                assertEquals(SmartReviewPage.Showing.NOTHING_SHARED, new SmartReviewPage(ehr).showing());
            }
        } finally {
            browser.go(portal("/admin/ehrs.xhtml"));
            page = new EhrsPage(browser);
            if (page.mappings(SANDBOX).stream().noneMatch(m -> m.fhirUser().equals(CAROL_IN_THE_EHR))) {
                page.map(SANDBOX, CAROL_IN_THE_EHR, CAROL);
            }
        }

        browser.go(portal("/admin/audit.xhtml"));
        var actions = new AuditPage(browser)
                .changes().stream()
                        .filter(change -> change.target().equals(SANDBOX + " " + CAROL_IN_THE_EHR))
                        .map(AuditPage.Change::action)
                        .toList();
        assertEquals(List.of("ehr.map", "ehr.unmap"), actions.subList(0, 2));
    }

    private EhrsPage openEhrs() {
        signIn(DemoUser.ADMIN, "/admin/ehrs.xhtml");
        return new EhrsPage(browser);
    }
}
