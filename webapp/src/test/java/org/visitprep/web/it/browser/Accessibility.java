package org.visitprep.web.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs axe-core (the engine of the npm package {@code axe-core}, as bundled by Deque's Selenium integration) on the
 * page in the browser against the WCAG 2.0/2.1 A and AA rules, and fails on any serious or critical finding. A page
 * shown in a frame (VisitPrep inside an EHR's page) is checked with the page around it, and the browser is left in
 * the frame again.
 */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** axe tags WCAG 2.2's one new AA rule it checks, target size, "wcag22aa". */
    private static final List<String> WCAG_21_AA_AND_TARGET_SIZE =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Duration STILLNESS_PATIENCE = Duration.ofSeconds(10);

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {}

    public static void assertNoSeriousViolations(WebDriver driver, String pageName) {
        assertNoSeriousViolations(driver, pageName, WCAG_21_AA);
    }

    /**
     * The same, plus WCAG 2.2's target size (2.5.8, axe's {@code target-size}): every control a finger presses is at
     * least 24 × 24 CSS px, or has that much room around it.
     */
    public static void assertNoSeriousViolationsOfTouchTargets(WebDriver driver, String pageName) {
        assertNoSeriousViolations(driver, pageName, WCAG_21_AA_AND_TARGET_SIZE);
    }

    private static void assertNoSeriousViolations(WebDriver driver, String pageName, List<String> tags) {
        boolean inFrame =
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.self !== window.top"));
        waitForStillness(driver);
        Results results = new AxeBuilder().withTags(tags).analyze(driver);
        if (inFrame) {
            // axe leaves the browser at the top document; a page checked inside an EHR's frame is used on after
            driver.switchTo().defaultContent();
            driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
        }
        if (results.isErrored()) {
            fail("axe-core could not check " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!serious.isEmpty()) {
            fail("Accessibility violations on " + pageName + " (" + driver.getCurrentUrl() + "):\n"
                    + serious.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    /**
     * Waits until no CSS animation or transition (but a spinner's endless one) and no jQuery effect is running (a
     * dialog's mask fading in, say): axe judges colours as they are drawn, and a half-faded mask over a button reads
     * as poor contrast.
     */
    private static void waitForStillness(WebDriver driver) {
        new WebDriverWait(driver, STILLNESS_PATIENCE)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.getAnimations().every(a => a.playState !== 'running'"
                                + " || a.effect?.getComputedTiming().iterations === Infinity)"
                                + " && (!window.jQuery || jQuery(':animated').length === 0);")));
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream()
                .limit(3)
                .map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " at " + where;
    }
}
