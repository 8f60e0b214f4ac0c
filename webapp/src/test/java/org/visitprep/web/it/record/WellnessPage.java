package org.visitprep.web.it.record;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** "My wellness": a chart and tables for each measure with readings. */
public final class WellnessPage extends PortalPage {

    static final String PATH = "/patient/wellness.xhtml";

    public WellnessPage(Browser browser) {
        super(browser, "wellness");
        assertPath(PATH);
    }

    public static WellnessPage open(Browser browser, URI address) {
        browser.go(address);
        return new WellnessPage(browser);
    }

    /** The measures shown, by their headings. */
    public List<String> measures() {
        return browser.driver().findElements(By.cssSelector("section.vp-measure h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** How many weeks the measure's weekly table lists. */
    public int weeksListed(String measure) {
        return section(measure)
                .findElements(By.cssSelector("table.vp-weeks tbody tr"))
                .size();
    }

    /** How many days the measure's daily table lists (it is folded away until asked for). */
    public int daysListed(String measure) {
        return section(measure)
                .findElements(By.cssSelector("details.vp-days tbody tr"))
                .size();
    }

    /** How many charts Chart.js has drawn on the page. */
    public long chartsDrawn() {
        browser.waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelectorAll('.vp-measure canvas').length"
                        + " === Object.keys(Chart.instances).length;"));
        return (Long)
                ((JavascriptExecutor) browser.driver()).executeScript("return Object.keys(Chart.instances).length;");
    }

    /** Whether the page says the record holds no wellness data. */
    public boolean saysThereIsNone() {
        return !browser.driver().findElements(By.id("wellness-empty")).isEmpty();
    }

    private WebElement section(String measure) {
        return browser.driver().findElements(By.cssSelector("section.vp-measure")).stream()
                .filter(section ->
                        section.findElement(By.tagName("h2")).getText().equals(measure))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No wellness measure " + measure + " among " + measures()));
    }
}
