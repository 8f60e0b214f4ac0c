package org.visitprep.web.it.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The audit of administrative changes, newest first. */
final class AuditPage extends PortalPage {

    /** One change as listed: its code, the account it is about, and the row's text. */
    record Change(String action, String target, String text) {}

    AuditPage(Browser browser) {
        super(browser, "audit page");
        assertPath("/admin/audit.xhtml");
    }

    List<Change> changes() {
        return browser.driver().findElements(By.cssSelector("tr.vp-change")).stream()
                .map(row -> new Change(
                        row.getAttribute("data-action"),
                        row.findElement(By.className("vp-change-target")).getText(),
                        row.getText()))
                .toList();
    }
}
