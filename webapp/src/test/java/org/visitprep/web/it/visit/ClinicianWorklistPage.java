package org.visitprep.web.it.visit;

import java.util.List;
import org.openqa.selenium.By;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The clinician's home: the summaries shared with them, today's first. */
final class ClinicianWorklistPage extends PortalPage {

    /** One row: the share's id, the patient, their top concern and the status, as shown. */
    record Entry(String grantId, String patient, String topConcern, String status) {}

    ClinicianWorklistPage(Browser browser) {
        super(browser, "clinician worklist");
        assertPath("/clinician/home.xhtml");
    }

    List<Entry> entries() {
        return browser.driver().findElements(By.cssSelector("tr.vp-worklist-entry")).stream()
                .map(row -> new Entry(
                        row.getAttribute("data-grant"),
                        row.findElement(By.className("vp-worklist-patient")).getText(),
                        row.findElement(By.className("vp-top-concern")).getText(),
                        row.findElement(By.className("vp-worklist-status")).getText()))
                .toList();
    }

    SharedSummaryPage open(String grantId) {
        browser.driver()
                .findElement(By.cssSelector("tr.vp-worklist-entry[data-grant='" + grantId + "'] a.vp-open-shared"))
                .click();
        return new SharedSummaryPage(browser);
    }
}
