package org.visitprep.web.it.home;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The patient's home: the next visit, results that need attention, what is shared now and who opened it. */
final class PatientHomePage extends PortalPage {

    PatientHomePage(Browser browser) {
        super(browser, "patient home page");
    }

    /** The next visit's card: when, with whom and how far its preparation is. */
    String nextVisit() {
        return browser.driver().findElement(By.id("next-visit")).getText();
    }

    String nextVisitStatus() {
        return browser.driver().findElement(By.id("next-visit-status")).getText();
    }

    /** The results that need attention, one line each, in the patient's words. */
    List<String> needsAttention() {
        return texts("#needs-attention li.vp-attention-item");
    }

    boolean saysNothingNeedsAttention() {
        return !browser.driver().findElements(By.id("nothing-needs-attention")).isEmpty();
    }

    /** The summaries shared now: with whom, until when, whether opened. */
    List<String> sharedNow() {
        return texts("#shared-now li.vp-active-share");
    }

    /** The latest openings: when, who, what came of it. */
    List<String> latestOpenings() {
        return texts("#shared-now li.vp-latest-access");
    }

    private List<String> texts(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
