package org.visitprep.web.it.record;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** "My lab results": the latest result of each test, its trend and its source. */
public final class LabResultsPage extends PortalPage {

    public static final String PATH = "/patient/labs.xhtml";

    private static final By ROWS = By.cssSelector("[id='labs-form:lab-results'] tbody tr");
    private static final By TREND_HEADING = By.id("trend-heading");

    public LabResultsPage(Browser browser) {
        super(browser, "lab results");
        assertPath(PATH);
    }

    public static LabResultsPage open(Browser browser, URI address) {
        browser.go(address);
        return new LabResultsPage(browser);
    }

    /** The tests listed, by name. */
    public List<String> testNames() {
        return browser.driver().findElements(ROWS).stream()
                .map(row -> row.findElements(By.className("vp-test-name")))
                .filter(names -> !names.isEmpty())
                .map(names -> names.getFirst().getText())
                .toList();
    }

    /** The row of the test with this name. */
    public LabRow row(String testName) {
        WebElement row = rowElement(testName);
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return new LabRow(
                text(row, "vp-test-name"),
                text(row, "vp-about"),
                text(row, "vp-value"),
                text(row, "vp-range"),
                !row.findElements(By.className("vp-general-range")).isEmpty(),
                text(row, "vp-flag"),
                !row.findElements(By.cssSelector(".vp-flag .pi")).isEmpty(),
                text(row, "vp-date"),
                cells.size());
    }

    /** Whether the page explains that general ranges are general adult ranges. */
    public String generalRangeNote() {
        return browser.driver().findElements(By.id("general-range-note")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** Shows the trend of the test with this name, under the table. */
    public TrendPanel showTrend(String testName) {
        rowElement(testName).findElement(By.cssSelector("[id$=':show-trend']")).click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(TREND_HEADING));
        Accessibility.assertNoSeriousViolations(browser.driver(), "lab results with a trend");
        return new TrendPanel(browser);
    }

    /** Opens the source of the test's latest result. */
    public SourceDialog showSource(String testName) {
        rowElement(testName).findElement(By.cssSelector("[id$=':show-source']")).click();
        return new SourceDialog(browser);
    }

    private WebElement rowElement(String testName) {
        return browser.driver().findElements(ROWS).stream()
                .filter(row -> row.findElements(By.className("vp-test-name")).stream()
                        .anyMatch(name -> name.getText().equals(testName)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No lab row for " + testName + " among " + testNames()));
    }

    private static String text(WebElement row, String className) {
        return row.findElements(By.className(className)).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /**
     * A lab row as the patient reads it.
     *
     * @param flag the flag's word
     * @param flagHasIcon whether an icon stands beside the word
     * @param columns how many cells the row has
     */
    public record LabRow(
            String name,
            String about,
            String value,
            String range,
            boolean markedGeneralRange,
            String flag,
            boolean flagHasIcon,
            String date,
            int columns) {}

    /** The trend under the table: a chart with the reference band and a table of the same values. */
    public static final class TrendPanel {

        private final Browser browser;

        TrendPanel(Browser browser) {
            this.browser = browser;
        }

        public String heading() {
            return browser.driver().findElement(TREND_HEADING).getText();
        }

        public String bandNote() {
            return browser.driver().findElement(By.id("trend-band")).getText();
        }

        /** The chart's label for screen readers. */
        public String chartLabel() {
            return browser.driver()
                    .findElement(By.cssSelector("[id='labs-form:trend-chart'] canvas"))
                    .getAttribute("aria-label");
        }

        /** How many values the chart draws in its value series (its last one). */
        public long valuesDrawn() {
            return (Long) script("var c = PF('labTrendChart').chart; var d = c.data.datasets;"
                    + " return d[d.length - 1].data.length;");
        }

        /** Whether the drawn chart shades a band between or beside its range lines. */
        public boolean shadesABand() {
            return (Boolean) script("var c = PF('labTrendChart').chart;"
                    + " return !!c && c.data.datasets.some(function (d) { return d.fill && d.fill !== 'false'; });");
        }

        /** The dates of the values the table lists on its first page, the latest first. */
        public List<String> datesListed() {
            return browser
                    .driver()
                    .findElements(By.cssSelector("[id='labs-form:trend-values'] tbody tr td:first-child"))
                    .stream()
                    .map(WebElement::getText)
                    .toList();
        }

        private Object script(String body) {
            browser.waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver)
                    .executeScript("return !!(window.PF && PF('labTrendChart') && PF('labTrendChart').chart);"));
            return ((JavascriptExecutor) browser.driver()).executeScript(body);
        }
    }
}
