package org.visitprep.web.it.visit;

import java.util.List;
import org.openqa.selenium.By;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** "Sharing and access": everything the patient shared, and every attempt to open it. */
public final class SharingPage extends PortalPage {

    /** One line of the access log: who, how, and what came of it (as the page words them), and its outcome code. */
    public record Access(String who, String how, String result, String outcome) {}

    public SharingPage(Browser browser) {
        super(browser, "sharing and access");
        assertPath("/patient/sharing.xhtml");
    }

    public List<ApprovedSummaryPage.Share> shares() {
        return browser.driver().findElements(By.cssSelector("tr.vp-grant")).stream()
                .map(row -> new ApprovedSummaryPage.Share(
                        row.getAttribute("data-grant"),
                        row.findElement(By.className("vp-grantee")).getText(),
                        row.findElement(By.className("vp-grant-state")).getText()))
                .toList();
    }

    /** Stops a share with its "Stop sharing" button. */
    SharingPage stopSharing(String grantId) {
        browser.driver()
                .findElement(By.cssSelector("tr.vp-grant[data-grant='" + grantId + "'] .vp-revoke"))
                .click();
        browser.waitForAjax();
        return new SharingPage(browser);
    }

    /** The access log, latest first. */
    public List<Access> accessLog() {
        return browser.driver().findElements(By.cssSelector("tr.vp-access")).stream()
                .map(row -> new Access(
                        row.findElement(By.className("vp-access-who")).getText(),
                        row.findElement(By.className("vp-access-channel")).getText(),
                        row.findElement(By.className("vp-access-outcome")).getText(),
                        row.getAttribute("data-outcome")))
                .toList();
    }
}
