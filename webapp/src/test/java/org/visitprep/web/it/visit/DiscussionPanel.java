package org.visitprep.web.it.visit;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;

/** What a clinician discussed, below a shared summary they read from the portal or inside their EHR. */
public final class DiscussionPanel {

    private final Browser browser;

    public DiscussionPanel(Browser browser) {
        this.browser = browser;
    }

    /** Ticks the items by their labels as the page shows them, writes the note, and presses "Mark discussed". */
    public void markDiscussed(List<String> itemLabels, String note, String where) {
        for (String label : itemLabels) {
            browser.driver()
                    .findElement(
                            By.xpath("//form[@id='discussed']//label[normalize-space(.)=" + xpathLiteral(label) + "]"))
                    .click();
        }
        WebElement noteField = browser.driver().findElement(By.id("discussed:note"));
        noteField.clear();
        noteField.sendKeys(note);
        browser.driver().findElement(By.id("discussed:mark-discussed")).click();
        browser.waitForAjax();
        browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#discussed\\:discussed-messages li")));
        Accessibility.assertNoSeriousViolations(browser.driver(), where + " after marking discussed");
    }

    public String messages() {
        return browser.driver()
                .findElement(By.id("discussed:discussed-messages"))
                .getText();
    }

    /** The notes written so far, as the page lists them. */
    public List<String> notes() {
        return browser.driver().findElements(By.cssSelector("li.vp-clinician-note")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
