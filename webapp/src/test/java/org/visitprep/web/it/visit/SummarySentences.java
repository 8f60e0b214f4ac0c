package org.visitprep.web.it.visit;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.Reflow;

/**
 * The sentences of a summary as a page lists them, each with its "Show sources" button: the part the patient's
 * review, the approved summary and the clinician's view share.
 */
public final class SummarySentences {

    /** One sentence as shown: its number, its words and the marks beside them (e.g. "changed by you"). */
    public record Sentence(int number, String text, List<String> marks, boolean hasSources) {}

    /** What a sentence's sources show: the cited records (one line of cells each) and the agenda lines. */
    public record Sources(List<List<String>> records, List<String> agendaLines, String note) {

        boolean isEmpty() {
            return records.isEmpty() && agendaLines.isEmpty();
        }
    }

    private final Browser browser;

    public SummarySentences(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens "Everything else" (the sections one click away), as a reader does before reading on: closed, its
     * sentences have no visible text.
     */
    public static void openEverything(Browser browser) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelectorAll('details.vp-more').forEach(more => more.open = true);");
    }

    /** The sections open at first, in the page's order, by kind (AT_A_GLANCE, NEEDS_ATTENTION, AGENDA, PATIENT). */
    public List<String> openSections() {
        return browser.driver().findElements(By.cssSelector("section.vp-open-section")).stream()
                .map(section -> section.getAttribute("data-section"))
                .toList();
    }

    /** Whether "Everything else" is open (it is closed until the reader opens it). */
    public boolean isEverythingElseOpen() {
        return browser.driver()
                        .findElements(By.cssSelector("details.vp-more[open]"))
                        .size()
                > 0;
    }

    /** The words of the sentences an open section shows, as the reader sees them. */
    public List<String> textsIn(String sectionKind) {
        return browser
                .driver()
                .findElements(By.cssSelector("section[data-section='" + sectionKind + "'] li.vp-sentence .vp-text"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Where an agenda item's data stands elsewhere: the sentence numbers its "Its data" links point to. */
    public List<Integer> relatedTo(int number) {
        return sentence(number).findElements(By.cssSelector("a.vp-related-link")).stream()
                .map(link -> Integer.parseInt(link.getAttribute("href").replaceAll(".*#sentence-", "")))
                .toList();
    }

    public List<Sentence> all() {
        openEverything(browser);
        return browser.driver().findElements(By.cssSelector("li.vp-sentence")).stream()
                .map(item -> new Sentence(
                        Integer.parseInt(item.getAttribute("data-sentence")),
                        item.findElements(By.className("vp-text")).stream()
                                .map(WebElement::getText)
                                .findFirst()
                                .orElse(""),
                        item.findElements(By.className("vp-badge")).stream()
                                .map(WebElement::getText)
                                .toList(),
                        !item.findElements(By.className("vp-sources-toggle")).isEmpty()))
                .toList();
    }

    /**
     * Opens a sentence's sources with its button, and reads them. (Checking the page's accessibility after each one
     * would take seconds a sentence: {@link #checkAccessibility} checks them all at once.)
     */
    public Sources openSources(int number) {
        openEverything(browser);
        WebElement toggle = sentence(number).findElement(By.className("vp-sources-toggle"));
        if ("true".equals(toggle.getAttribute("aria-expanded"))) {
            return sourcesShown(number);
        }
        toggle.click();
        browser.waitForAjax();
        browser.waiting()
                .until(driver -> "true"
                        .equals(sentence(number)
                                .findElement(By.className("vp-sources-toggle"))
                                .getAttribute("aria-expanded")));
        return sourcesShown(number);
    }

    /** Closes a sentence's open sources with its button. */
    void closeSources(int number) {
        WebElement toggle = sentence(number).findElement(By.className("vp-sources-toggle"));
        if ("true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
            browser.waitForAjax();
        }
    }

    /** Runs axe-core on the page as it is now, e.g. with every sentence's sources open. */
    public void checkAccessibility(String what) {
        Accessibility.assertNoSeriousViolations(browser.driver(), what);
    }

    /** Opens the original FHIR resource of a cited record in the dialog and reads it; closes the dialog. */
    public String openOriginal(int number, int recordRow) {
        List<WebElement> buttons = sentence(number).findElements(By.className("vp-original-button"));
        buttons.get(recordRow).click();
        browser.waitForAjax();
        WebElement dialog =
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("original-dialog")));
        Accessibility.assertNoSeriousViolations(browser.driver(), "the original record dialog");
        Reflow.assertInsideViewport(browser.driver(), dialog, "the original record dialog");
        String json = dialog.findElement(By.className("vp-original")).getText();
        dialog.findElement(By.className("ui-dialog-titlebar-close")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
        return json;
    }

    /** Reads the open sources in one script: cell by cell through WebDriver, a long list takes seconds. */
    @SuppressWarnings("unchecked")
    private Sources sourcesShown(int number) {
        Map<String, Object> shown = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const panel = arguments[0].querySelector('.vp-sources');"
                                + "const text = e => e.innerText.trim();"
                                + "return {"
                                + " records: [...panel.querySelectorAll('tr.vp-cited-entry')]"
                                + "   .map(row => [...row.querySelectorAll('td')].map(text)),"
                                + " agenda: [...panel.querySelectorAll('ul > li')].map(text),"
                                + " note: [...panel.querySelectorAll('p.vp-hint, p.vp-error-text')].map(text)[0] || ''"
                                + "};",
                        sentence(number));
        return new Sources((List<List<String>>) shown.get("records"), (List<String>) shown.get("agenda"), (String)
                shown.get("note"));
    }

    WebElement sentence(int number) {
        return browser.driver().findElement(By.cssSelector("li.vp-sentence[data-sentence='" + number + "']"));
    }
}
