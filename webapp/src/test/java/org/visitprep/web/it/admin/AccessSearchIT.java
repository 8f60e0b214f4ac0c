package org.visitprep.web.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.ErrorPage;
import org.visitprep.web.it.visit.VisitJourney;

/**
 * Administrators search the openings of shared summaries by clinician and date, and see metadata only: never the
 * patient, never the summary; they cannot open the summary or the record themselves.
 */
class AccessSearchIT extends PortalTest {

    @Test
    void an_administrator_finds_who_opened_a_summary_and_sees_neither_the_patient_nor_the_summary() {
        String tag = VisitJourney.tag();
        var approved = VisitJourney.approvesASummary(browser, DemoUser.BEN, tag);
        String visitId = String.valueOf(browser.currentUrl().getQuery()).replaceAll(".*visit=([0-9a-f-]{36}).*", "$1");
        approved.shareWith(DemoUser.DRBOB.fullName());
        String grantId = approved.shares().getFirst().grantId();
        String shared = "/clinician/shared.xhtml?grant=" + grantId;
        try (Browser carol = Browser.open()) {
            VisitJourney.signIn(carol, DemoUser.DRCAROL, "/clinician/home.xhtml");
            carol.go(portal(shared));
            carol.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
        }

        try (Browser admin = Browser.open()) {
            VisitJourney.signIn(admin, DemoUser.ADMIN, "/admin/audit.xhtml");
            var results = search(admin, "carol", "", "");
            assertTrue(
                    results.stream()
                            .anyMatch(row -> row.contains("Carol Chen") && row.contains("not shared with them")),
                    results.toString());
            String page = admin.driver().findElement(By.tagName("body")).getText();
            assertFalse(page.contains(DemoUser.BEN.fullName()), "the administrator sees the patient's name");
            assertFalse(page.contains(tag), "the administrator sees the patient's words");

            // bad input: a clear message, no search
            search(admin, "", "2026-13-45", "");
            assertEquals(
                    "Enter a day as YYYY-MM-DD, such as 2026-12-07.",
                    admin.driver()
                            .findElement(By.id("access:from-message"))
                            .getText()
                            .strip());
            assertTrue(admin.driver().findElements(By.id("accesses")).isEmpty());
            search(admin, "", "2026-12-07", "2026-12-01");
            assertTrue(admin.driver()
                    .findElement(By.id("access:access-messages"))
                    .getText()
                    .contains("The last day comes before the first"));
            assertTrue(admin.driver().findElements(By.id("accesses")).isEmpty());

            // the summary and the record stay closed to the administrator
            for (String path : List.of(
                    shared,
                    "/patient/summary.xhtml?visit=" + visitId,
                    "/patient/summary.pdf?visit=" + visitId,
                    "/patient/record.xhtml")) {
                admin.go(portal(path));
                var error = new ErrorPage(admin);
                assertEquals("403", error.status(), path);
                assertFalse(admin.pageSource().contains(tag), path + " shows the patient's words");
            }
        }
    }

    /** Runs the search on the audit page and gives each result row's text. */
    private static List<String> search(Browser admin, String clinician, String from, String to) {
        fill(admin, "access:clinician", clinician);
        fill(admin, "access:from", from);
        fill(admin, "access:to", to);
        var page = admin.driver().findElement(By.tagName("html"));
        admin.driver().findElement(By.id("access:search")).click();
        admin.waiting().until(Browser.replaced(page));
        new AuditPage(admin);
        return admin.driver().findElements(By.cssSelector("tr.vp-access-event")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void fill(Browser admin, String id, String text) {
        var field = admin.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
