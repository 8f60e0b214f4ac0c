package org.visitprep.web.it.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium with its own profile, driven through Debian's chromedriver. Both binaries are named
 * explicitly so that Selenium never tries to download a browser.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("visitprep.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("visitprep.it.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private Viewport viewport;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Opens a browser whose preferred language is the given one (e.g. "en-GB", "fr-FR"). */
    public static Browser open(String language) {
        for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the browser tests need Debian's chromium and"
                        + " chromium-driver packages (./visitprep test installs them)");
            }
        }
        try {
            Path profile = Files.createTempDirectory("visitprep-chromium");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,900",
                    "--user-data-dir=" + profile,
                    "--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile", e);
        }
    }

    public static Browser open() {
        return open("en-GB");
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Shows the pages on this screen from now on, and checks each portal page there ({@link Viewport}). */
    public void emulate(Viewport screen) {
        screen.applyTo(driver);
        viewport = screen;
    }

    /** The screen the browser emulates, if it was asked to emulate one. */
    public java.util.Optional<Viewport> viewport() {
        return java.util.Optional.ofNullable(viewport);
    }

    public void go(URI url) {
        driver.get(url.toString());
    }

    public URI currentUrl() {
        return URI.create(driver.getCurrentUrl());
    }

    /**
     * Waits until a sign-in has brought the browser back from the identity provider to the portal and its page has
     * loaded: going elsewhere before that would cut the portal's callback short and leave the browser signed out.
     */
    public void waitUntilBackAt(URI portal) {
        waiting().until(d -> {
            URI at = currentUrl();
            return portal.getScheme().equals(at.getScheme())
                    && portal.getAuthority().equals(at.getAuthority())
                    && !at.getPath().startsWith("/callback")
                    && (Boolean) ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'");
        });
    }

    /**
     * Waits for what the page is doing, rather than for a fixed time. An element that an AJAX update (a poll, say) or
     * a navigation replaced while the condition looked at it is looked up again on the next try: Chromium answers
     * either "stale element" or, mid-navigation, "node does not belong to the document", a plain WebDriverException.
     * Whatever was last thrown is the cause of the timeout, if it comes to that.
     */
    public WebDriverWait waiting() {
        return waiting(PATIENCE);
    }

    /** The same, for work that takes longer than a page's usual patience (an import, a summary's drafting). */
    public WebDriverWait waiting(Duration patience) {
        var wait = new WebDriverWait(driver, patience);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** The element is gone from the page: replaced by an AJAX update, or its page by another one. */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Waits until PrimeFaces' AJAX queue and jQuery have nothing in flight. */
    public void waitForAjax() {
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);"));
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile harms nothing
        }
    }
}
