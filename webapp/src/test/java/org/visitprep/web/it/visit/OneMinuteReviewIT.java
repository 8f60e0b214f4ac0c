package org.visitprep.web.it.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.Reflow;
import org.visitprep.web.it.browser.Viewport;
import org.visitprep.web.it.record.RecordPage;

/**
 * The clinician's one-minute read: at a glance, what needs attention and the agenda open at first, everything else
 * one click away, no sentence twice, on a laptop and in a 400 px side panel; and a critical value that returned to
 * normal stays under "needs attention" with both dates.
 */
class OneMinuteReviewIT extends PortalTest {

    private static final List<String> OPEN_ORDER = List.of("AT_A_GLANCE", "NEEDS_ATTENTION", "AGENDA", "PATIENT");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Test
    void bob_reads_the_first_screen_on_a_laptop_and_in_a_narrow_panel() {
        ApprovedSummaryPage approved = VisitJourney.aliceApprovesASummary(browser, VisitJourney.tag());
        approved.shareWith(DemoUser.DRBOB.fullName());
        String grant = approved.shares().getFirst().grantId();

        List<String> open;
        try (Browser bob = Browser.open()) {
            bob.emulate(Viewport.DESKTOP);
            VisitJourney.signIn(bob, DemoUser.DRBOB, "/clinician/home.xhtml");
            bob.go(VisitJourney.portal("/clinician/shared.xhtml?grant=" + grant));
            SharedSummaryPage opened = new SharedSummaryPage(bob);
            SummarySentences sentences = new SummarySentences(bob);

            open = sentences.openSections();
            assertEquals(
                    OPEN_ORDER.stream().filter(open::contains).toList(), open, "in the order of a one-minute read");
            assertTrue(open.contains("AT_A_GLANCE"), "the patient at a glance: " + open);
            assertTrue(open.contains("AGENDA"), open.toString());
            assertFalse(sentences.isEverythingElseOpen(), "everything else is one click away");
            for (String glance : sentences.textsIn("AT_A_GLANCE")) {
                assertFalse(glance.contains("your ") || glance.startsWith("You"), "third person: " + glance);
            }

            List<String> texts = opened.sentences().stream()
                    .map(SummarySentences.Sentence::text)
                    .toList();
            Set<String> seen = new HashSet<>();
            for (String text : texts) {
                assertTrue(seen.add(text), "shown twice: " + text);
            }
            opened.checkAccessibility();
        }

        try (Browser panel = Browser.open()) {
            VisitJourney.signIn(panel, DemoUser.DRBOB, "/clinician/home.xhtml");
            panel.driver()
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", 400, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            panel.go(VisitJourney.portal("/clinician/shared.xhtml?grant=" + grant));
            new SharedSummaryPage(panel);
            Reflow.assertFits(panel.driver(), 400, "the shared summary in a 400 px panel");
            assertEquals(open, new SummarySentences(panel).openSections());
        }
    }

    @Test
    void a_critical_value_that_returned_to_normal_needs_attention_with_both_dates() throws IOException {
        // Laci: in the tests her record starts empty, so the crafted results are all it holds
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        LocalDate critical = today.minusDays(60);
        LocalDate normal = today.minusDays(30);
        signIn(DemoUser.LACI, "/patient/record.xhtml");
        RecordPage.ImportOutcome imported = new RecordPage(browser).importFile(potassium(critical, normal));
        assertEquals("done", imported.state(), imported.summary());

        ApprovedSummaryPage approved = VisitJourney.approvesASummaryWhenSignedIn(browser, VisitJourney.tag());
        approved.shareWith(DemoUser.DRBOB.fullName());
        String grant = approved.shares().getFirst().grantId();

        try (Browser bob = Browser.open()) {
            VisitJourney.signIn(bob, DemoUser.DRBOB, "/clinician/home.xhtml");
            bob.go(VisitJourney.portal("/clinician/shared.xhtml?grant=" + grant));
            new SharedSummaryPage(bob);
            List<String> attention = new SummarySentences(bob).textsIn("NEEDS_ATTENTION");
            assertTrue(
                    attention.stream()
                            .anyMatch(text -> text.contains("6.8")
                                    && text.contains(WRITTEN.format(critical))
                                    && text.contains(WRITTEN.format(normal))),
                    "the critical potassium and the normal one after it: " + attention);
        }
    }

    /**
     * Two potassium results that name no one (so they are the account holder's): 6.8 mmol/L, flagged critical high
     * (HH) by the laboratory, then 4.2 mmol/L, normal, a month later.
     */
    private static Path potassium(LocalDate critical, LocalDate normal) throws IOException {
        String bundle =
                """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  %s, %s
                ]}""".formatted(result("k-critical", critical, "6.8", "HH"), result("k-normal", normal, "4.2", "N"));
        return Files.writeString(Files.createTempFile("potassium", ".json"), bundle);
    }

    private static String result(String id, LocalDate day, String value, String interpretation) {
        return """
                {"resource": {"resourceType": "Observation", "id": "%s", "status": "final",
                  "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "laboratory"}]}],
                  "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3",
                    "display": "Potassium [Moles/volume] in Serum or Plasma"}], "text": "Potassium"},
                  "effectiveDateTime": "%s",
                  "valueQuantity": {"value": %s, "unit": "mmol/L", "system": "http://unitsofmeasure.org",
                    "code": "mmol/L"},
                  "interpretation": [{"coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
                    "code": "%s"}]}],
                  "referenceRange": [{"low": {"value": 3.5, "unit": "mmol/L", "system": "http://unitsofmeasure.org",
                    "code": "mmol/L"}, "high": {"value": 5.1, "unit": "mmol/L",
                    "system": "http://unitsofmeasure.org", "code": "mmol/L"}}]}}""".formatted(id, day, value, interpretation);
    }
}
