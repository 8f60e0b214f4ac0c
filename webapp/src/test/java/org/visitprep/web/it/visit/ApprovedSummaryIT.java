package org.visitprep.web.it.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.visitprep.web.it.PortalTest;

/** An approved summary: every sentence opens its sources; it prints cleanly and downloads as a PDF. */
class ApprovedSummaryIT extends PortalTest {

    @Test
    void every_sentence_of_the_approved_summary_opens_its_source_data() {
        ApprovedSummaryPage summary = VisitJourney.aliceApprovesASummary(browser, VisitJourney.tag());

        List<SummarySentences.Sentence> sentences = summary.sentences();
        assertFalse(sentences.isEmpty());
        boolean openedAnOriginal = false;
        for (SummarySentences.Sentence sentence : sentences) {
            assertTrue(sentence.hasSources(), "sentence " + sentence.number() + " has no sources button");
            SummarySentences.Sources sources = summary.openSources(sentence.number());
            assertFalse(sources.isEmpty(), "sentence " + sentence.number() + " opens no source: " + sentence.text());
            for (List<String> record : sources.records()) {
                assertFalse(record.getFirst().isBlank(), "each cited record says what it is: " + record);
                assertFalse(record.get(5).isBlank(), "each cited record says where it came from: " + record);
            }
            if (!openedAnOriginal && !sources.records().isEmpty()) {
                String original = summary.openOriginal(sentence.number(), 0);
                assertTrue(original.contains("\"resourceType\""), original);
                openedAnOriginal = true;
                summary.checkAccessibility();
            }
            summary.closeSources(sentence.number());
        }
        assertTrue(openedAnOriginal, "some sentence cites a record of Alice's");
    }

    @Test
    void the_pdf_downloads_for_a4_and_letter_and_the_print_view_numbers_its_sources() throws IOException {
        ApprovedSummaryPage summary = VisitJourney.aliceApprovesASummary(browser, VisitJourney.tag());

        Download a4 = Download.of(browser, summary.pdfAddress("a4"));
        assertEquals(200, a4.status());
        assertEquals("application/pdf", a4.contentType());
        assertEquals("attachment; filename=\"visit-summary.pdf\"", a4.disposition());
        assertEquals("%PDF-", new String(Arrays.copyOf(a4.body(), 5), StandardCharsets.US_ASCII));
        assertPage(a4.body(), 595, 842);
        assertPage(Download.of(browser, summary.pdfAddress("letter")).body(), 612, 792);

        SummaryPrintPage print = summary.printView("letter");
        assertFalse(print.showsPortalNavigation());
        assertTrue(print.toolsHiddenInPrint());
        assertEquals("letter", print.pageSize().toLowerCase(Locale.ROOT));
        List<String> markers = print.markers();
        assertFalse(markers.isEmpty(), "the sentences carry numbered markers");
        int highest = markers.stream()
                .flatMap(marker ->
                        Arrays.stream(marker.replaceAll("[\\[\\]]", "").split(",\\s*")))
                .mapToInt(Integer::parseInt)
                .max()
                .orElseThrow();
        assertEquals(highest, print.notes().size(), "one note for each number");
        browser.go(VisitJourney.portal(browser.currentUrl().getPath() + "?"
                + browser.currentUrl().getQuery().replace("letter", "a4")));
        assertEquals("a4", new SummaryPrintPage(browser).pageSize().toLowerCase(Locale.ROOT));
    }

    private static void assertPage(byte[] pdf, int width, int height) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            assertTrue(reader.getNumberOfPages() >= 1);
            Rectangle page = reader.getPageSize(1);
            assertEquals(width, Math.round(page.getWidth()));
            assertEquals(height, Math.round(page.getHeight()));
        } finally {
            reader.close();
        }
    }
}
