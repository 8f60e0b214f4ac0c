package org.visitprep.web.it.record;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** "My health record": what the record holds, the import, and the list of imports. */
public final class RecordPage extends PortalPage {

    static final String PATH = "/patient/record.xhtml";

    private static final By COUNT_ROWS = By.cssSelector("#record-counts-table tbody tr");
    private static final By FILE_INPUT = By.cssSelector("[id='record-form:import-file'] input[type=file]");
    private static final By IMPORT_SUMMARY = By.id("import-summary");
    /** An Apple Health export takes seconds to read, longer on a busy machine. */
    private static final Duration IMPORT_PATIENCE = Duration.ofMinutes(2);

    private static final By PROGRESS_BAR = By.id("record-form:import-bar");
    private static final By PROBLEMS = By.cssSelector("#import-problems li");
    private static final By IMPORTED_FILES =
            By.cssSelector("[id='record-form:import-history'] tbody tr td:first-child");

    public RecordPage(Browser browser) {
        super(browser, "record overview");
        assertPath(PATH);
    }

    public static RecordPage open(Browser browser, URI address) {
        browser.go(address);
        return new RecordPage(browser);
    }

    /** The entries of each kind, by the kind's name as the counts table shows it. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(COUNT_ROWS)) {
            String kind = row.findElement(By.tagName("th")).getText();
            counts.put(kind, number(row.findElement(By.tagName("td")).getText()));
        }
        return counts;
    }

    public long total() {
        return number(browser.driver().findElement(By.id("record-total")).getText());
    }

    /** The kinds of source the record was brought from, as one line. */
    public String sources() {
        return browser.driver().findElement(By.id("record-sources")).getText();
    }

    public String lastImport() {
        return browser.driver().findElement(By.id("record-last-import")).getText();
    }

    /** The file names of the import list's first page, the latest first. */
    public List<String> importedFiles() {
        return browser.driver().findElements(IMPORTED_FILES).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Says what kind of file comes next, with the radio button of that name. */
    public void chooseKind(String kindName) {
        browser.driver()
                .findElement(By.xpath("//fieldset//label[normalize-space()='" + kindName + "']"))
                .click();
        browser.waitForAjax();
    }

    /** Uploads the file and waits until its import has finished, following its progress bar. */
    public ImportOutcome importFile(Path file) {
        List<WebElement> previous = browser.driver().findElements(IMPORT_SUMMARY);
        browser.driver()
                .findElement(FILE_INPUT)
                .sendKeys(file.toAbsolutePath().normalize().toString());
        if (!previous.isEmpty()) {
            // The last import's finished summary stays until the upload's answer replaces it.
            browser.waiting(IMPORT_PATIENCE).until(Browser.replaced(previous.getFirst()));
        }
        browser.waiting(IMPORT_PATIENCE)
                .until(driver -> driver.findElements(IMPORT_SUMMARY).stream()
                        .anyMatch(summary -> !"running".equals(summary.getAttribute("data-state"))));
        browser.waitForAjax();
        Accessibility.assertNoSeriousViolations(browser.driver(), "record overview after an import");
        WebElement summary = browser.driver().findElement(IMPORT_SUMMARY);
        List<String> problems = browser.driver().findElements(PROBLEMS).stream()
                .map(WebElement::getText)
                .toList();
        String alertRole = browser.driver().findElements(By.id("import-problems")).stream()
                .map(alert -> alert.getAttribute("role"))
                .findFirst()
                .orElse(null);
        return new ImportOutcome(
                summary.getAttribute("data-state"),
                summary.getText(),
                browser.driver().findElement(PROGRESS_BAR).getAttribute("aria-valuenow"),
                problems,
                alertRole);
    }

    /**
     * What came of an import, as the page shows it.
     *
     * @param state "done" or "unsaved"
     * @param summary the sentence saying what came of it
     * @param progress the progress bar's value
     * @param problems why the file was refused, one line each
     * @param problemsRole the role of the problems' box, "alert" when there is one
     */
    public record ImportOutcome(
            String state, String summary, String progress, List<String> problems, String problemsRole) {}

    private static long number(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }
}
