package org.visitprep.web.it.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;
import org.visitprep.web.it.visit.DiscussionPanel;
import org.visitprep.web.it.visit.SummarySentences;

/** The review screen of an EHR launch, in the EHR's frame: the shared summary, or "nothing has been shared". */
public final class SmartReviewPage extends PortalPage {

    /** What the page shows. */
    public enum Showing {
        SUMMARY,
        NOTHING_SHARED,
        NO_LONGER_SHARED
    }

    private final SummarySentences sentences;
    private final DiscussionPanel discussion;

    /** The page in the current browsing context (the EHR's frame). */
    public SmartReviewPage(Browser browser) {
        super(browser, "EHR launch review");
        assertEquals("/smart/review.xhtml", pathInFrame(browser), "the page's address in the frame");
        sentences = new SummarySentences(browser);
        discussion = new DiscussionPanel(browser);
    }

    static String pathInFrame(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return location.pathname");
    }

    public Showing showing() {
        return switch (browser.driver().findElement(By.id("review-heading")).getAttribute("data-result")) {
            case "opened" -> Showing.SUMMARY;
            case "nothing-shared" -> Showing.NOTHING_SHARED;
            case "no-longer-shared" -> Showing.NO_LONGER_SHARED;
            default -> throw new IllegalStateException("an unknown result");
        };
    }

    /** "Opened from <EHR> as <clinician>". */
    public String context() {
        return browser.driver().findElement(By.id("ehr-context")).getText();
    }

    /** The agenda concerns, most important first. */
    public List<String> concerns() {
        SummarySentences.openEverything(browser);
        return browser.driver().findElements(By.cssSelector("ol.vp-agenda-concerns > li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public List<SummarySentences.Sentence> sentences() {
        return sentences.all();
    }

    public SummarySentences.Sources openSources(int number) {
        return sentences.openSources(number);
    }

    public String openOriginal(int number, int recordRow) {
        return sentences.openOriginal(number, recordRow);
    }

    public void checkAccessibility(String what) {
        sentences.checkAccessibility(what);
    }

    /** Ticks the items by their labels, writes the note, and presses "Mark discussed". */
    public SmartReviewPage markDiscussed(List<String> itemLabels, String note) {
        discussion.markDiscussed(itemLabels, note, "EHR launch review");
        return this;
    }

    public String discussedMessages() {
        return discussion.messages();
    }

    /** The notes written so far, as the page lists them. */
    public List<String> notes() {
        return discussion.notes();
    }
}
