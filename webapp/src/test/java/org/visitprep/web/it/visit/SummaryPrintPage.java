package org.visitprep.web.it.visit;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The print view of an approved summary: no portal navigation, citations as numbered notes. */
public final class SummaryPrintPage extends PortalPage {

    SummaryPrintPage(Browser browser) {
        super(browser, "summary print view");
        assertPath("/patient/summary-print.xhtml");
    }

    /** The citation markers beside the sentences, e.g. "[1, 2]". */
    public List<String> markers() {
        return browser.driver().findElements(By.className("vp-marker")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The numbered notes the markers stand for, in order. */
    List<String> notes() {
        return browser.driver().findElements(By.className("vp-note-line")).stream()
                .map(WebElement::getText)
                .toList();
    }

    boolean showsPortalNavigation() {
        return !browser.driver().findElements(By.cssSelector("nav.vp-nav")).isEmpty();
    }

    /** The paper size the page asks the printer for, from its {@code @page} rule. */
    String pageSize() {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("for (const sheet of document.styleSheets) {"
                        + " for (const rule of sheet.cssRules) {"
                        + "  if (rule instanceof CSSPageRule) { return rule.style.getPropertyValue('size'); } } }"
                        + " return '';");
    }

    /** Whether the tools above the page (back, print) are hidden when printing. */
    boolean toolsHiddenInPrint() {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("for (const sheet of document.styleSheets) {"
                        + " for (const rule of sheet.cssRules) {"
                        + "  if (rule instanceof CSSMediaRule && rule.conditionText.includes('print')) {"
                        + "   for (const inner of rule.cssRules) {"
                        + "    if (inner.selectorText === '.vp-print-tools'"
                        + "        && inner.style.display === 'none') { return true; } } } } }"
                        + " return false;");
    }
}
