package org.visitprep.web.it.visit;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The patient's draft summary, sentence by sentence, to keep, remove, change, add to, and approve. */
public final class SummaryReviewPage extends PortalPage {

    private final SummarySentences sentences;

    SummaryReviewPage(Browser browser) {
        super(browser, "summary review");
        assertPath("/patient/summary.xhtml");
        browser.driver().findElement(By.id("review:approve"));
        sentences = new SummarySentences(browser);
    }

    List<SummarySentences.Sentence> sentences() {
        return sentences.all();
    }

    SummarySentences.Sources openSources(int number) {
        return sentences.openSources(number);
    }

    /** Checks the page's accessibility with whatever sources are open. */
    void checkAccessibility() {
        sentences.checkAccessibility("the summary review with sources open");
    }

    /** Changes a sentence's words with its Change button. */
    SummaryReviewPage change(int number, String words) {
        sentences.sentence(number).findElement(By.className("vp-edit")).click();
        browser.waitForAjax();
        WebElement text = sentences.sentence(number).findElement(By.className("vp-edit-text"));
        text.clear();
        text.sendKeys(words);
        sentences.sentence(number).findElement(By.className("vp-save-edit")).click();
        browser.waitForAjax();
        Accessibility.assertNoSeriousViolations(browser.driver(), "summary review after a change");
        return this;
    }

    SummaryReviewPage remove(int number) {
        sentences.sentence(number).findElement(By.className("vp-remove")).click();
        browser.waitForAjax();
        return this;
    }

    /** Adds the patient's own sentence at the end. */
    SummaryReviewPage add(String words) {
        WebElement added = browser.driver().findElement(By.id("review:added"));
        added.clear();
        added.sendKeys(words);
        browser.driver().findElement(By.id("review:add")).click();
        browser.waitForAjax();
        return this;
    }

    /** What the page says about who drafted the summary, and when. */
    String provenance() {
        return browser.driver().findElement(By.id("provenance")).getText();
    }

    String disclaimer() {
        return browser.driver().findElement(By.id("disclaimer")).getText();
    }

    String messages() {
        return browser.driver().findElements(By.id("review:messages")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    public ApprovedSummaryPage approve() {
        browser.driver().findElement(By.id("review:approve")).click();
        return new ApprovedSummaryPage(browser);
    }
}
