package org.visitprep.web.it.visit;

import java.util.List;
import org.openqa.selenium.By;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/**
 * A summary a clinician opens through the portal: the summary when it is shared with them, else a page saying it is
 * not (or no longer) shared, with no data.
 */
final class SharedSummaryPage extends PortalPage {

    /** What the page shows. */
    enum Showing {
        SUMMARY,
        NOT_SHARED_WITH_ME,
        NO_LONGER_SHARED
    }

    private final SummarySentences sentences;
    private final DiscussionPanel discussion;

    SharedSummaryPage(Browser browser) {
        super(browser, "shared summary");
        assertPath("/clinician/shared.xhtml");
        sentences = new SummarySentences(browser);
        discussion = new DiscussionPanel(browser);
    }

    Showing showing() {
        return switch (browser.driver().findElement(By.id("shared-heading")).getAttribute("data-result")) {
            case "opened" -> Showing.SUMMARY;
            case "not-yours" -> Showing.NOT_SHARED_WITH_ME;
            case "no-longer-shared" -> Showing.NO_LONGER_SHARED;
            default -> throw new IllegalStateException("an unknown result");
        };
    }

    List<SummarySentences.Sentence> sentences() {
        return sentences.all();
    }

    SummarySentences.Sources openSources(int number) {
        return sentences.openSources(number);
    }

    /** Checks the page's accessibility with whatever sources are open. */
    void checkAccessibility() {
        sentences.checkAccessibility("the shared summary with sources open");
    }

    String openOriginal(int number, int recordRow) {
        return sentences.openOriginal(number, recordRow);
    }

    /** Ticks the items by their labels, writes the note, and presses "Mark discussed". */
    SharedSummaryPage markDiscussed(List<String> itemLabels, String note) {
        discussion.markDiscussed(itemLabels, note, "shared summary");
        return this;
    }

    List<String> notes() {
        return discussion.notes();
    }

    /** How many sentences are about a wellness trend, in whichever section they stand. */
    int wellnessSentences() {
        SummarySentences.openEverything(browser);
        return browser.driver()
                .findElements(By.cssSelector("li.vp-sentence[data-trend='true']"))
                .size();
    }

    /** The captions of the small trend charts, which say in words what each draws. */
    List<String> trendCaptions() {
        SummarySentences.openEverything(browser);
        return browser.driver().findElements(By.cssSelector(".vp-sparkline .vp-sparkline-caption")).stream()
                .map(caption -> caption.getText())
                .toList();
    }

    /** The agenda concerns, most important first. */
    List<String> concerns() {
        SummarySentences.openEverything(browser);
        return browser.driver().findElements(By.cssSelector("ol.vp-agenda-concerns > li")).stream()
                .map(item -> item.getText())
                .toList();
    }
}
