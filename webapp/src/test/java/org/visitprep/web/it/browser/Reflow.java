package org.visitprep.web.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Whether a page fits the width of its viewport (WCAG 2.1 success criterion 1.4.10, Reflow): nothing the reader
 * would have to scroll sideways to, and no visible element sticking out to the right. Checked in the current browsing
 * context, so a page in an EHR's narrow frame is measured at the frame's width.
 */
public final class Reflow {

    /**
     * Lists the visible elements whose right edge passes the viewport's (and the page's overflow, if it scrolls
     * sideways); a leaf's ancestors that stick out only because it does are left out, so the list names the culprits.
     * What a box that fits clips or scrolls within itself (a wide original record, say) does not count.
     */
    private static final String OVERFLOWING = """
            const width = document.documentElement.clientWidth;
            const found = [];
            const overflow = document.documentElement.scrollWidth - width;
            if (overflow > 0) found.push('the page scrolls sideways by ' + overflow + ' px');
            for (const element of document.body.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              const style = getComputedStyle(element);
              if (box.width === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
              if (element.closest('[aria-hidden=true], .ui-helper-hidden-accessible')) continue;
              let clipped = false;
              for (let ancestor = element.parentElement; ancestor && ancestor !== document.body;
                  ancestor = ancestor.parentElement) {
                if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(ancestor).overflowX)
                    && ancestor.getBoundingClientRect().right <= width + 1) { clipped = true; break; }
              }
              if (clipped) continue;
              if (box.right > width + 1 && ![...element.children].some(c => c.getBoundingClientRect().right > width + 1)) {
                found.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                    + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
                    + ' ends at ' + Math.round(box.right) + ' px');
              }
            }
            return [width, found.slice(0, 8)];
            """;

    private Reflow() {}

    /** Fails, naming what sticks out, unless the page in the current context fits its viewport's width. */
    @SuppressWarnings("unchecked")
    public static void assertFits(WebDriver driver, int expectedWidth, String what) {
        List<Object> measured = (List<Object>) ((JavascriptExecutor) driver).executeScript(OVERFLOWING);
        long width = ((Number) measured.get(0)).longValue();
        assertTrue(
                Math.abs(width - expectedWidth) <= 20,
                what + " was measured " + width + " px wide, not about " + expectedWidth + " px");
        List<String> overflowing = (List<String>) measured.get(1);
        if (!overflowing.isEmpty()) {
            fail(what + " does not fit " + width + " px: " + String.join("; ", overflowing));
        }
    }

    /**
     * Fails unless every box the selector matches shows all of its content across: a table of sources that fits its
     * box only by scrolling inside it still hides columns from a reader of a narrow panel.
     */
    public static void assertNothingScrollsInside(WebDriver driver, String selector, String what) {
        String culprit = (String) ((JavascriptExecutor) driver).executeScript("""
                        for (const box of document.querySelectorAll(arguments[0])) {
                          const overflow = box.scrollWidth - box.clientWidth;
                          if (overflow <= 1) continue;
                          const edge = box.getBoundingClientRect().right;
                          const wide = [...box.querySelectorAll('*')]
                              .filter(e => e.getBoundingClientRect().right > edge + 1)
                              .map(e => e.tagName.toLowerCase() + '.' + String(e.className).trim().replace(/\\s+/g, '.')
                                  + ' "' + e.textContent.trim().slice(0, 40) + '"');
                          return 'a box scrolls sideways by ' + overflow + ' px; sticking out: ' + wide.slice(-3).join('; ');
                        }
                        return '';
                        """, selector);
        assertTrue(culprit.isEmpty(), what + ": " + culprit);
    }

    /** Fails unless the element (a dialog, say) lies wholly inside the viewport's width. */
    @SuppressWarnings("unchecked")
    public static void assertInsideViewport(WebDriver driver, WebElement element, String what) {
        List<Number> edges = (List<Number>) ((JavascriptExecutor) driver)
                .executeScript(
                        "const box = arguments[0].getBoundingClientRect();"
                                + " return [box.left, box.right, document.documentElement.clientWidth];",
                        element);
        double left = edges.get(0).doubleValue();
        double right = edges.get(1).doubleValue();
        double width = edges.get(2).doubleValue();
        assertTrue(
                left >= -1 && right <= width + 1,
                what + " spans " + Math.round(left) + " to " + Math.round(right) + " px in a viewport "
                        + Math.round(width) + " px wide");
    }
}
