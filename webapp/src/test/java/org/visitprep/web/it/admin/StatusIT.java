package org.visitprep.web.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.PortalPage;

/** The status page: the checks of the running stack, work in progress, the master key, versions; EN and FR. */
class StatusIT extends PortalTest {

    private static final class StatusPage extends PortalPage {
        StatusPage(org.visitprep.web.it.browser.Browser browser) {
            super(browser, "status page");
            assertPath("/admin/status.xhtml");
        }

        /** Each check as "name: state". */
        List<String> checks() {
            return browser.driver().findElements(By.cssSelector("tr.vp-check")).stream()
                    .map(row -> row.findElement(By.tagName("th")).getText() + ": "
                            + row.findElements(By.tagName("td")).get(0).getText())
                    .toList();
        }

        String text(String id) {
            return browser.driver().findElement(By.id(id)).getText().strip();
        }
    }

    @Test
    void the_administrator_sees_the_stack_answering_and_the_master_key_without_secrets() {
        signIn(DemoUser.ADMIN, "/admin/status.xhtml");
        var page = new StatusPage(browser);

        assertEquals(
                List.of(
                        "Database: Up",
                        "Sign-in service (Keycloak, with the portal's service account): Up",
                        "EHR VisitPrep test EHR: Up"),
                page.checks());
        assertEquals("0", page.text("imports"));
        assertEquals("0", page.text("generations"));
        assertEquals("Off: the grounded engine drafts every summary.", page.text("language-model"));
        assertFalse(page.text("master-key").isBlank());
        assertTrue(page.text("rotation").startsWith("No rotation under way"), page.text("rotation"));
        assertTrue(page.text("schema-version").matches("\\d+"), page.text("schema-version"));
        String source = browser.pageSource();
        assertFalse(source.contains("dev-only-visitprep-admin-secret"), "the service account's secret is shown");
        assertFalse(source.contains("dev-only-demo-secret"), "an EHR's secret is shown");

        page.switchLanguage("fr");
        var french = new StatusPage(browser);
        assertEquals("État", french.heading());
        assertTrue(
                french.checks().contains("Base de données: Disponible"),
                french.checks().toString());
    }
}
