package org.visitprep.web.it.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.ErrorPage;

/**
 * The life of a visit summary, through the browser: Alice prepares a visit, has its summary drafted, changes a
 * sentence, approves it and shares it with Dr Bob; Bob finds it on his list and opens it; Dr Carol cannot, by link
 * or by id; once Alice stops sharing, Bob cannot either; Alice's access log shows each attempt.
 */
class VisitSharingScenarioIT extends PortalTest {

    @Test
    void alice_shares_an_approved_summary_with_bob_only_until_she_stops() {
        String tag = VisitJourney.tag();
        String concern = VisitJourney.tiredConcern(tag);

        VisitPreparationPage visit = VisitJourney.aliceHasASummaryDrafted(browser, tag);
        String visitId = visit.visitId();
        assertEquals("", visit.fallbackNote(), "the grounded engine wrote it, as asked: no note");
        SummaryReviewPage review = visit.checkMySummary();
        assertTrue(review.disclaimer().contains("not a diagnosis"), review.disclaimer());
        assertTrue(review.provenance().contains("grounded engine"), review.provenance());
        SummarySentences.Sentence cited = firstSentenceCitingRecords(review);
        String trimmed = trimmedAsAPatientWould(cited.text());
        review.change(cited.number(), trimmed);
        SummarySentences.Sentence changed = sentence(review.sentences(), cited.number());
        assertEquals(trimmed, changed.text());
        assertEquals(List.of("changed by you"), changed.marks());
        assertFalse(
                review.openSources(cited.number()).records().isEmpty(),
                "a changed sentence that still says what its records say keeps its sources");
        String myWords = "My sleep got worse since October, I think. " + tag;
        review.add(myWords);
        SummarySentences.Sentence mine = review.sentences().getLast();
        assertEquals(myWords, mine.text());
        assertEquals(List.of("written by you"), mine.marks());
        review.checkAccessibility();

        ApprovedSummaryPage approved = review.approve();
        assertEquals(trimmed, sentence(approved.sentences(), cited.number()).text());
        assertEquals(myWords, sentence(approved.sentences(), mine.number()).text());
        approved.shareWith(DemoUser.DRBOB.fullName());
        ApprovedSummaryPage.Share share = approved.shares().getFirst();
        assertEquals(DemoUser.DRBOB.fullName(), share.with());
        assertEquals("Shared", share.state());

        try (Browser bob = Browser.open()) {
            VisitJourney.signIn(bob, DemoUser.DRBOB, "/clinician/home.xhtml");
            ClinicianWorklistPage worklist = new ClinicianWorklistPage(bob);
            ClinicianWorklistPage.Entry entry = worklist.entries().stream()
                    .filter(e -> e.grantId().equals(share.grantId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("not on Bob's list: " + worklist.visibleText()));
            assertEquals(DemoUser.ALICE.fullName(), entry.patient());
            assertEquals(concern, entry.topConcern());
            assertEquals("New", entry.status());

            SharedSummaryPage opened = worklist.open(share.grantId());
            assertEquals(SharedSummaryPage.Showing.SUMMARY, opened.showing());
            assertEquals(concern, opened.concerns().getFirst());
            assertTrue(opened.wellnessSentences() > 0, "eight weeks of Alice's diary make trends");
            List<String> charts = opened.trendCaptions();
            assertEquals(opened.wellnessSentences(), charts.size(), "a small chart for each wellness trend");
            assertTrue(
                    charts.stream()
                            .allMatch(caption -> caption.matches("\\d+ readings from .+ to .+, between .+ and .+")),
                    charts.toString());
            SummarySentences.Sentence bobReads = sentence(opened.sentences(), cited.number());
            assertEquals(trimmed, bobReads.text());
            assertEquals(List.of("changed by the patient"), bobReads.marks());
            SummarySentences.Sentence herWords = sentence(opened.sentences(), mine.number());
            assertEquals(myWords, herWords.text(), "the patient's own words, as she wrote them");
            assertEquals(List.of("written by the patient"), herWords.marks());
            assertFalse(opened.openSources(cited.number()).records().isEmpty(), "Bob follows it to its sources");
            assertTrue(opened.openOriginal(cited.number(), 0).contains("\"resourceType\""));
            opened.checkAccessibility();

            opened.markDiscussed(List.of("Concern: " + concern), "We went through this together.");
            assertTrue(
                    opened.notes().stream().anyMatch(note -> note.contains("We went through this together.")),
                    opened.notes().toString());
            bob.go(VisitJourney.portal("/clinician/home.xhtml"));
            assertEquals(
                    "Discussed",
                    new ClinicianWorklistPage(bob)
                            .entries().stream()
                                    .filter(e -> e.grantId().equals(share.grantId()))
                                    .findFirst()
                                    .orElseThrow()
                                    .status());

            try (Browser carol = Browser.open()) {
                VisitJourney.signIn(carol, DemoUser.DRCAROL, "/clinician/home.xhtml");
                assertTrue(new ClinicianWorklistPage(carol)
                        .entries().stream().noneMatch(e -> e.grantId().equals(share.grantId())));

                carol.go(VisitJourney.portal("/clinician/shared.xhtml?grant=" + share.grantId()));
                SharedSummaryPage byLink = new SharedSummaryPage(carol);
                assertEquals(SharedSummaryPage.Showing.NOT_SHARED_WITH_ME, byLink.showing());
                assertNoDataOfAlice(byLink.visibleText(), concern, myWords);

                carol.go(VisitJourney.portal("/clinician/shared.xhtml?grant=" + visitId));
                SharedSummaryPage byVisitId = new SharedSummaryPage(carol);
                assertEquals(SharedSummaryPage.Showing.NOT_SHARED_WITH_ME, byVisitId.showing());
                assertNoDataOfAlice(byVisitId.visibleText(), concern, myWords);

                carol.go(VisitJourney.portal("/patient/summary.xhtml?visit=" + visitId));
                ErrorPage patientsPage = new ErrorPage(carol);
                assertEquals("403", patientsPage.status());
                assertNoDataOfAlice(patientsPage.visibleText(), concern, myWords);
            }

            browser.go(VisitJourney.portal("/patient/sharing.xhtml"));
            SharingPage sharing = new SharingPage(browser).stopSharing(share.grantId());
            assertEquals(
                    "Stopped",
                    sharing.shares().stream()
                            .filter(s -> s.grantId().equals(share.grantId()))
                            .findFirst()
                            .orElseThrow()
                            .state());

            bob.go(VisitJourney.portal("/clinician/shared.xhtml?grant=" + share.grantId()));
            SharedSummaryPage revoked = new SharedSummaryPage(bob);
            assertEquals(SharedSummaryPage.Showing.NO_LONGER_SHARED, revoked.showing());
            assertNoDataOfAlice(revoked.visibleText(), concern, myWords);
            bob.go(VisitJourney.portal("/clinician/home.xhtml"));
            assertTrue(new ClinicianWorklistPage(bob)
                    .entries().stream().noneMatch(e -> e.grantId().equals(share.grantId())));
        }

        browser.go(VisitJourney.portal("/patient/sharing.xhtml"));
        List<SharingPage.Access> log = new SharingPage(browser).accessLog();
        assertTrue(
                log.contains(
                        new SharingPage.Access(DemoUser.DRBOB.fullName(), "Through the portal", "Opened", "OPENED")),
                log.toString());
        assertTrue(
                log.contains(new SharingPage.Access(
                        DemoUser.DRCAROL.fullName(),
                        "Through the portal",
                        "Refused: not shared with them",
                        "REFUSED_NOT_YOURS")),
                log.toString());
        assertTrue(
                log.contains(new SharingPage.Access(
                        DemoUser.DRBOB.fullName(),
                        "Through the portal",
                        "Refused: you stopped sharing",
                        "REFUSED_REVOKED")),
                log.toString());
    }

    /**
     * A sentence cut after its first clause, as a patient trims what they find too long: still what its records
     * say, so it keeps them.
     */
    private static String trimmedAsAPatientWould(String sentence) {
        int clause = sentence.indexOf(", ");
        return clause > 0 ? sentence.substring(0, clause) + "." : sentence;
    }

    /** The first sentence whose sources are records (not only the agenda). */
    private static SummarySentences.Sentence firstSentenceCitingRecords(SummaryReviewPage review) {
        for (SummarySentences.Sentence sentence : review.sentences()) {
            if (sentence.hasSources()
                    && !review.openSources(sentence.number()).records().isEmpty()) {
                return sentence;
            }
        }
        throw new AssertionError("no sentence cites a record: " + review.visibleText());
    }

    private static SummarySentences.Sentence sentence(List<SummarySentences.Sentence> sentences, int number) {
        return sentences.stream()
                .filter(s -> s.number() == number)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sentence " + number + " in " + sentences));
    }

    private static void assertNoDataOfAlice(String page, String... herWords) {
        assertFalse(page.contains(DemoUser.ALICE.fullName()), page);
        for (String words : herWords) {
            assertFalse(page.contains(words), page);
        }
    }
}
