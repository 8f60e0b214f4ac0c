package org.visitprep.web.it.visit;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.Screenshots;
import org.visitprep.web.it.browser.Viewport;

/**
 * The clinician's first screen for the 95-year-old benchmark patient, Laci (about 18,000 resources): she approves the
 * grounded summary of a visit and shares it with Bob, who opens it on a 1280 × 800 screen. What is open at first (at
 * a glance, needs attention, the agenda) should fit that screen: the benchmark prints where the last open section
 * ends against the screen's height ({@code review.first_screen.fill_ratio}, target at most 1.0), and how many
 * sentences each open section holds. Its name keeps it out of the normal failsafe run: {@code ./visitprep bench} runs
 * it with the benchmark patient loaded ({@code -Dit.elderly-patient}).
 */
class OneMinuteReviewBenchmark extends PortalTest {

    @Test
    void the_first_screen_holds_what_is_open() throws IOException {
        ApprovedSummaryPage approved = VisitJourney.approvesASummary(browser, DemoUser.LACI, VisitJourney.tag());
        approved.shareWith(DemoUser.DRBOB.fullName());
        String grant = approved.shares().getFirst().grantId();

        try (Browser bob = Browser.open()) {
            bob.emulate(Viewport.DESKTOP);
            VisitJourney.signIn(bob, DemoUser.DRBOB, "/clinician/home.xhtml");
            bob.go(VisitJourney.portal("/clinician/shared.xhtml?grant=" + grant));
            try {
                new WebDriverWait(bob.driver(), Duration.ofSeconds(90))
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("section.vp-open-section[data-section='AGENDA']")));
            } finally {
                Files.writeString(
                        Screenshots.folder().resolve("clinician-first-screen.html"),
                        bob.driver().getPageSource());
                System.out.println(
                        "Screenshot of the first screen: " + Screenshots.take(bob, "clinician first screen 1280"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> screen = (Map<String, Object>) ((JavascriptExecutor) bob.driver())
                    .executeScript("const open = [...document.querySelectorAll('section.vp-open-section')];"
                            + "const bottom = Math.max(...open.map(s => s.getBoundingClientRect().bottom"
                            + " + window.scrollY));"
                            + "const count = kind => document.querySelectorAll("
                            + "  `section[data-section='${kind}'] li.vp-sentence`).length;"
                            + "return {bottom: Math.round(bottom), height: window.innerHeight,"
                            + " glance: count('AT_A_GLANCE'), attention: count('NEEDS_ATTENTION'),"
                            + " agenda: count('AGENDA'), more: document.querySelectorAll("
                            + "  'details.vp-more li.vp-sentence').length};");
            long bottom = ((Number) screen.get("bottom")).longValue();
            long height = ((Number) screen.get("height")).longValue();
            print("review.first_screen.open_sections_bottom_px", bottom, "px");
            print("review.first_screen.viewport_px", height, "px");
            System.out.printf(Locale.ROOT, "BENCH review.first_screen.fill_ratio %.2f x%n", bottom / (double) height);
            for (String kind : List.of("glance", "attention", "agenda", "more")) {
                print("review.sentences." + kind, ((Number) screen.get(kind)).longValue(), "sentences");
            }
        }
    }

    private static void print(String name, long value, String unit) {
        System.out.printf(Locale.ROOT, "BENCH %s %d %s%n", name, value, unit);
    }
}
