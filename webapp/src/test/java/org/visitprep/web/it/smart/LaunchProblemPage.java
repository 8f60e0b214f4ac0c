package org.visitprep.web.it.smart;

import org.openqa.selenium.By;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The page saying why a launch did not open VisitPrep, and that nothing was stored. */
public final class LaunchProblemPage extends PortalPage {

    public LaunchProblemPage(Browser browser) {
        super(browser, "launch problem");
        browser.driver().findElement(By.id("launch-problem-heading"));
    }

    public String problem() {
        return browser.driver().findElement(By.id("launch-problem")).getText();
    }
}
