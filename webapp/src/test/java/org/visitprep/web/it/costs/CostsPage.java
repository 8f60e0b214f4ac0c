package org.visitprep.web.it.costs;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;
import org.visitprep.web.it.browser.Reflow;

/** "My care and its costs": the period chooser, the care by category, the bills to check and the plans compared. */
public final class CostsPage extends PortalPage {

    static final String PATH = "/patient/costs.xhtml";

    public CostsPage(Browser browser) {
        super(browser, "my care and its costs");
        assertPath(PATH);
    }

    /** Shows the care of a calendar year, as the period list names it. */
    public void showYear(String year) {
        new Select(browser.driver().findElement(By.id("costs:period"))).selectByVisibleText(year);
        clickAndWait("costs:show", "my care and its costs, " + year);
    }

    public boolean saysThePeriodIsEmpty() {
        return !browser.driver().findElements(By.id("costs-empty")).isEmpty();
    }

    public String latestYearHint() {
        return browser.driver().findElement(By.id("costs-latest")).getText();
    }

    /** The category rows of the main currency's table: the row's name to its whole text. */
    public Map<String, String> categories() {
        var rows = browser.driver().findElements(By.cssSelector("#currency-main tbody tr.vp-costs-category"));
        var named = new java.util.LinkedHashMap<String, String>();
        for (WebElement row : rows) {
            named.put(row.findElement(By.tagName("th")).getText(), row.getText());
        }
        return named;
    }

    public String totalRow() {
        return browser.driver()
                .findElement(By.cssSelector("#currency-main #category-total"))
                .getText();
    }

    public String whoPaid() {
        return browser.driver()
                        .findElement(By.cssSelector("#currency-main #paid-insurance"))
                        .getText() + " / "
                + browser.driver()
                        .findElement(By.cssSelector("#currency-main #paid-patient"))
                        .getText();
    }

    public int monthBars() {
        return browser.driver()
                .findElements(By.cssSelector("#currency-main .vp-costs-months li"))
                .size();
    }

    public String problemsHeading() {
        return browser.driver().findElement(By.id("problems-heading")).getText();
    }

    /** Opens the first bill behind a category's figures; answers the source dialog's resource type. */
    public String openFirstBillOf(String categoryKey) {
        WebElement details = browser.driver().findElement(By.cssSelector("#currency-main #sources-" + categoryKey));
        details.findElement(By.tagName("summary")).click();
        details.findElement(By.cssSelector("[id$=':source']")).click();
        browser.waitForAjax();
        By json = By.id("source-json");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(json));
        Accessibility.assertNoSeriousViolations(browser.driver(), "a bill's source");
        String type = browser.driver().findElement(By.id("source-type")).getText();
        browser.driver().findElement(json).sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(json));
        return type;
    }

    /** Removes every plan shown, without saving. */
    public void removeAllPlans() {
        while (!browser.driver().findElements(By.cssSelector("[id$=':remove']")).isEmpty()) {
            clickAndWait(
                    browser.driver()
                            .findElements(By.cssSelector("[id$=':remove']"))
                            .getFirst()
                            .getAttribute("id"),
                    "a plan removed");
        }
    }

    public int plansShown() {
        return browser.driver()
                .findElements(By.cssSelector("fieldset.vp-costs-plan"))
                .size();
    }

    public void addSample(String name) {
        new Select(browser.driver().findElement(By.id("costs:sample"))).selectByVisibleText(name);
        clickAndWait("costs:add-sample", "a sample plan added");
    }

    /** Adds a plan of the patient's own and types its amounts. */
    public void addOwnPlan(String name, String premium, String deductible, String coinsurance, String cap) {
        clickAndWait("costs:add-plan", "a plan added");
        WebElement plan = browser.driver()
                .findElements(By.cssSelector("fieldset.vp-costs-plan"))
                .getLast();
        type(plan, "name", name);
        type(plan, "premium", premium);
        type(plan, "deductible", deductible);
        type(plan, "coinsurance", coinsurance);
        type(plan, "cap", cap);
    }

    /** Types a new premium into the plan at the position (from 1). */
    public void setPremium(int position, String premium) {
        type(
                browser.driver()
                        .findElements(By.cssSelector("fieldset.vp-costs-plan"))
                        .get(position - 1),
                "premium",
                premium);
    }

    public void compare() {
        clickAndWait("costs:compare", "plans compared");
    }

    public List<String> messages() {
        return browser.driver().findElements(By.cssSelector("[id='costs:messages'] li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The estimate rows, in the order shown: each row's whole text. */
    public List<String> estimates() {
        return browser.driver().findElements(By.cssSelector("#estimates tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public int calculationsOneClickAway() {
        return browser.driver()
                .findElements(By.cssSelector("details.vp-costs-how"))
                .size();
    }

    /** Opens the calculation per category of the first plan; answers its table's text. */
    public String firstCalculation() {
        WebElement how = browser.driver()
                .findElements(By.cssSelector("details.vp-costs-how"))
                .getFirst();
        how.findElement(By.tagName("summary")).click();
        checkAgain("a plan's calculation");
        return how.getText();
    }

    /** Fits a screen 400 px wide, the year's care and the plans shown: nothing scrolls sideways. */
    public void assertFits400PixelsWide(String year) {
        browser.driver()
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 400, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.driver().navigate().refresh();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
            new Select(browser.driver().findElement(By.id("costs:period"))).selectByVisibleText(year);
            browser.driver().findElement(By.id("costs:show")).click();
            browser.waitForAjax();
            Accessibility.assertNoSeriousViolations(browser.driver(), "my care and its costs at 400 px");
            Reflow.assertFits(browser.driver(), 400, "my care and its costs");
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void type(WebElement plan, String field, String text) {
        WebElement input = plan.findElement(By.cssSelector("[id$=':" + field + "']"));
        input.clear();
        input.sendKeys(text);
    }

    private void clickAndWait(String id, String what) {
        browser.driver().findElement(By.id(id)).click();
        checkAgain(what);
    }
}
