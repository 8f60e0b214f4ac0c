package org.visitprep.web.it.visit;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The page where the patient prepares a visit: appointment, with whom, agenda, and the summary's preparation. */
public final class VisitPreparationPage extends PortalPage {

    /** A summary of a long record takes a few seconds; the page polls every second. */
    private static final Duration GENERATION_PATIENCE = Duration.ofSeconds(90);

    VisitPreparationPage(Browser browser) {
        super(browser, "visit preparation");
        assertPath("/patient/visit.xhtml");
    }

    public VisitPreparationPage appointment(String yearMonthDayHourMinute) {
        WebElement input = browser.driver().findElement(By.id("prepare:appointment_input"));
        input.clear();
        input.sendKeys(yearMonthDayHourMinute, Keys.TAB);
        return this;
    }

    /** Chooses whom the visit is with by the name the list shows. */
    public VisitPreparationPage with(String name) {
        new Select(browser.driver().findElement(By.id("prepare:contact"))).selectByVisibleText(name);
        browser.waitForAjax();
        return this;
    }

    public VisitPreparationPage reason(String reason) {
        type(By.id("prepare:reason"), reason);
        return this;
    }

    /** Writes the concern at a position (from 1), adding lines as needed. */
    public VisitPreparationPage concern(int position, String text) {
        while (concernInputs().size() < position) {
            click(By.id("prepare:add-concern"));
        }
        type(concernInputs().get(position - 1), text);
        return this;
    }

    /** The concerns in the order the page shows them. */
    List<String> concerns() {
        return concernInputs().stream()
                .map(input -> input.getAttribute("value"))
                .toList();
    }

    /** Presses the Up button of the concern at a position (from 1). */
    VisitPreparationPage moveConcernUp(int position) {
        click(By.id("prepare:concerns:" + (position - 1) + ":up"));
        return this;
    }

    /** The id of the element that has the keyboard focus. */
    String focusedElementId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    public VisitPreparationPage symptoms(String text) {
        type(By.id("prepare:symptoms"), text);
        return this;
    }

    public VisitPreparationPage question(String text) {
        click(By.id("prepare:add-question"));
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector("li.vp-question input[type=text]"));
        type(inputs.getLast(), text);
        return this;
    }

    public VisitPreparationPage medicine(String text) {
        click(By.id("prepare:add-medicine"));
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector("li.vp-medicine input[type=text]"));
        type(inputs.getLast(), text);
        return this;
    }

    /** Saves the draft; the page stays (or, for a new visit, comes back with its address). */
    VisitPreparationPage save() {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        click(By.id("prepare:save"));
        if (browser.driver().findElements(By.tagName("html")).contains(page)) {
            return checkedAgain();
        }
        return new VisitPreparationPage(browser);
    }

    /** The messages the page shows at the top, e.g. after a refusal. */
    String messages() {
        return browser.driver().findElements(By.id("prepare:messages")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** The message beside a field, by the field's id in the form (e.g. "appointment", "concerns:0:concern"). */
    String messageBeside(String field) {
        return browser.driver()
                .findElement(By.id("prepare:" + field + "-message"))
                .getText();
    }

    /** The visit's id, from the page's address, once it is saved. */
    public String visitId() {
        String query = browser.currentUrl().getQuery();
        return query == null ? "" : query.replaceFirst(".*\\bid=([0-9a-f-]{36}).*", "$1");
    }

    /** Saves the visit and has its summary prepared; waits, as the page polls, until it says how it ended. */
    public VisitPreparationPage prepareSummary() {
        click(By.id("prepare:generate"));
        new WebDriverWait(browser.driver(), GENERATION_PATIENCE)
                .until(ExpectedConditions.or(
                        ExpectedConditions.visibilityOfElementLocated(By.id("generation-done")),
                        ExpectedConditions.visibilityOfElementLocated(By.className("vp-generation-error"))));
        return checkedAgain();
    }

    public boolean summaryIsReady() {
        return !browser.driver().findElements(By.id("generation-done")).isEmpty();
    }

    /** The note shown when another engine stood in for the one asked for; empty when none. */
    String fallbackNote() {
        return browser.driver().findElements(By.id("generation-fallback")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    public SummaryReviewPage checkMySummary() {
        browser.driver().findElement(By.cssSelector("[id$='review-link']")).click();
        return new SummaryReviewPage(browser);
    }

    private List<WebElement> concernInputs() {
        return browser.driver().findElements(By.cssSelector("li.vp-concern input[type=text]"));
    }

    private void click(By button) {
        browser.driver().findElement(button).click();
        browser.waitForAjax();
    }

    private void type(By field, String text) {
        type(browser.driver().findElement(field), text);
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** The page after an update in place, checked again for accessibility. */
    private VisitPreparationPage checkedAgain() {
        browser.waitForAjax();
        Accessibility.assertNoSeriousViolations(browser.driver(), "visit preparation after an update");
        return this;
    }
}
