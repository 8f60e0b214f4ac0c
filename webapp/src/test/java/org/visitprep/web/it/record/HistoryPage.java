package org.visitprep.web.it.record;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** "My medicines and history": medicines, conditions, allergies, vaccinations and visits, a page at a time. */
public final class HistoryPage extends PortalPage {

    static final String PATH = "/patient/history.xhtml";

    /** The page's tables, as their headings name them. */
    public enum Table {
        MEDICINES("medicines"),
        CONDITIONS("conditions"),
        ALLERGIES("allergies"),
        IMMUNIZATIONS("immunizations"),
        ENCOUNTERS("encounters");

        private final String id;

        Table(String id) {
            this.id = id;
        }
    }

    public HistoryPage(Browser browser) {
        super(browser, "medicines and history");
        assertPath(PATH);
    }

    public static HistoryPage open(Browser browser, URI address) {
        browser.go(address);
        return new HistoryPage(browser);
    }

    /** The first cell of each row the table shows now (a name, or a date for visits). */
    public List<String> firstColumn(Table table) {
        return rows(table).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() > 1)
                .map(cells -> cells.getFirst().getText())
                .toList();
    }

    /** The whole text of each row the table shows now. */
    public List<String> rowTexts(Table table) {
        return rows(table).stream().map(WebElement::getText).toList();
    }

    /** Moves the table to its next page, if it has one; answers whether it did. */
    public boolean nextPage(Table table) {
        List<WebElement> next = browser.driver()
                .findElements(By.cssSelector("[id='history-form:" + table.id + "'] .ui-paginator-next"));
        if (next.isEmpty() || next.getFirst().getAttribute("class").contains("ui-state-disabled")) {
            return false;
        }
        next.getFirst().click();
        browser.waitForAjax();
        Accessibility.assertNoSeriousViolations(browser.driver(), "medicines and history, next page");
        return true;
    }

    /** Opens the source of the table's first row. */
    public SourceDialog showFirstSource(Table table) {
        rows(table).getFirst().findElement(By.cssSelector("[id$=':source']")).click();
        return new SourceDialog(browser);
    }

    private List<WebElement> rows(Table table) {
        return browser.driver().findElements(By.cssSelector("[id='history-form:" + table.id + "_data'] > tr"));
    }
}
