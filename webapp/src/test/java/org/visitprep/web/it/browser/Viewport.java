package org.visitprep.web.it.browser;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The screens the patient pages are checked on: a phone held upright (360 × 800 CSS px, touch, a phone's viewport
 * rules) and a laptop (1280 × 800). A browser set to one of them checks every portal page it shows there: axe with
 * the WCAG 2.2 target-size rule, nothing wider than the screen, and on the phone a screenshot for review.
 */
public enum Viewport {
    PHONE(360, 800, true),
    DESKTOP(1280, 800, false);

    private final int width;
    private final int height;
    private final boolean touch;

    Viewport(int width, int height, boolean touch) {
        this.width = width;
        this.height = height;
        this.touch = touch;
    }

    public int width() {
        return width;
    }

    public boolean isPhone() {
        return touch;
    }

    /** Makes the browser's page this screen, as Chromium's device emulation does (it lasts across navigations). */
    void applyTo(ChromeDriver driver) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", touch));
        driver.executeCdpCommand(
                "Emulation.setTouchEmulationEnabled", Map.of("enabled", touch, "maxTouchPoints", touch ? 5 : 1));
    }

    /** The checks every page shown on this screen passes; on a phone, also its picture for review. */
    void check(Browser browser, String pageName) {
        String where = pageName + " at " + width + " px";
        Accessibility.assertNoSeriousViolationsOfTouchTargets(browser.driver(), where);
        Reflow.assertFits(browser.driver(), width, where);
        if (isPhone()) {
            Screenshots.take(browser, pageName);
        }
    }
}
