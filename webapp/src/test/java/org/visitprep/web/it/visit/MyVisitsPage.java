package org.visitprep.web.it.visit;

import org.openqa.selenium.By;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** "My visits": the patient's coming and past visits, and the link to prepare a new one. */
public final class MyVisitsPage extends PortalPage {

    public MyVisitsPage(Browser browser) {
        super(browser, "my visits");
        assertPath("/patient/visits.xhtml");
    }

    public VisitPreparationPage prepareANewVisit() {
        browser.driver().findElement(By.id("new-visit")).click();
        return new VisitPreparationPage(browser);
    }

    /** The row of the coming visit whose main concern reads so, as the page shows it. */
    String upcomingRowWithConcern(String concern) {
        return browser.driver().findElements(By.cssSelector("#upcoming tr.vp-visit-row")).stream()
                .filter(row -> row.findElement(By.className("vp-top-concern"))
                        .getText()
                        .equals(concern))
                .map(row -> row.getText())
                .findFirst()
                .orElse("");
    }
}
