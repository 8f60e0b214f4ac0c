package org.visitprep.ehr.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.visitprep.ehr.sandbox.testing.TestEhr;

/**
 * The sandbox's pages in a real browser (Debian's headless Chromium), checked by axe-core against WCAG 2.1 A and AA.
 * Needs the {@code chromium} and {@code chromium-driver} packages.
 */
@ExtendWith(TestEhr.class)
class EhrPagesAccessibilityIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        File driver = new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));
        File chromium = new File(System.getProperty("chromium.path", "/usr/bin/chromium"));
        assertTrue(
                driver.canExecute() && chromium.canExecute(),
                "Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theEhrPatientListIsAccessible() {
        browser.get(TestEhr.baseUrl() + "/");

        assertNoViolations();
    }

    @Test
    void theLaunchPageWithThePortalFrameIsAccessible() {
        browser.get(TestEhr.baseUrl() + "/");
        new Select(browser.findElement(By.id("patient"))).selectByValue(TestEhr.CLEMENTE);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("iframe")));

        assertTrue(browser.getCurrentUrl().contains("/launch?id="));
        assertNoViolations();
    }

    @Test
    void theSignInAndConsentPageIsAccessible() {
        browser.get(TestEhr.baseUrl() + SandboxClient.authorizeUrl("openid fhirUser launch/patient user/*.rs", null));

        assertEquals("Sign in and allow access - EHR sandbox", browser.getTitle());
        assertNoViolations();
    }

    private static void assertNoViolations() {
        Results results =
                new AxeBuilder().withTags(WCAG_21_AA).disableIframeTesting().analyze(browser);
        List<Rule> violations = results.getViolations();
        assertTrue(
                violations.isEmpty(),
                () -> violations.stream()
                        .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp())
                        .collect(Collectors.joining("; ")));
    }
}
