package org.visitprep.web.it.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.stack.DemoPatients;
import org.visitprep.web.it.stack.TestSettings;

class RecordImportIT extends PortalTest {

    /** A laboratory result with the lab's own ranges, for women and for men (public, HL7 IPS examples). */
    private static final String CREATININE = "labs/Observation-serum-creatinine-adult.json";

    /** JSON with trailing and missing commas (public, FHIR test cases). */
    private static final String BAD_JSON = "bad/json-comma-bad-2.json";

    @Test
    void alice_imports_a_lab_result_follows_it_to_the_end_and_finds_it_flagged_among_her_labs() {
        signIn(DemoUser.ALICE, RecordPage.PATH);
        var record = new RecordPage(browser);
        record.chooseKind("FHIR file (JSON or XML)");

        var outcome = record.importFile(corpus(CREATININE));

        assertEquals("done", outcome.state(), outcome.summary());
        assertEquals("100", outcome.progress());
        assertTrue(
                outcome.summary().startsWith("Observation-serum-creatinine-adult.json is imported"), outcome.summary());
        assertTrue(outcome.problems().isEmpty(), outcome.problems().toString());
        var refreshed = RecordPage.open(browser, portal(RecordPage.PATH));
        assertEquals(
                "Observation-serum-creatinine-adult.json",
                refreshed.importedFiles().getFirst());

        var labs = LabResultsPage.open(browser, portal(LabResultsPage.PATH));
        // her creatinine in blood (38483-4, 1984) and this one in serum (2160-0, 2018) are one test: the latest shows
        var creatinine = labs.row("Creatinine");
        assertEquals("2.46 mg/dL", creatinine.value());
        assertEquals("High (laboratory’s flag)", creatinine.flag(), "the file's own interpretation, H, comes first");
        assertTrue(creatinine.markedGeneralRange(), "the lab's two ranges do not say which is hers");
        assertEquals("0.59 to 1.04 mg/dL", creatinine.range());
        assertEquals("16 Feb 2018", creatinine.date());
    }

    @Test
    void a_bad_file_shows_what_is_wrong_and_leaves_her_record_as_it_was() {
        signIn(DemoUser.ALICE, RecordPage.PATH);
        var record = new RecordPage(browser);
        var countsBefore = record.counts();

        var outcome = record.importFile(corpus(BAD_JSON));

        assertEquals("unsaved", outcome.state(), outcome.summary());
        assertTrue(outcome.summary().contains("json-comma-bad-2.json was not imported"), outcome.summary());
        assertTrue(outcome.summary().contains("unchanged"), outcome.summary());
        assertEquals("alert", outcome.problemsRole());
        assertFalse(outcome.problems().isEmpty());
        assertTrue(
                outcome.problems().stream().anyMatch(problem -> problem.contains("line")),
                "a problem names where it is: " + outcome.problems());
        var after = RecordPage.open(browser, portal(RecordPage.PATH));
        assertEquals(countsBefore, after.counts());
        assertFalse(after.importedFiles().isEmpty());
    }

    @Test
    void importing_her_whole_record_again_is_followed_to_the_end_and_adds_nothing() {
        signIn(DemoUser.ALICE, RecordPage.PATH);
        var record = new RecordPage(browser);
        var countsBefore = record.counts();

        var outcome = record.importFile(DemoPatients.original("alice.json"));

        assertEquals("done", outcome.state(), outcome.summary());
        assertEquals("100", outcome.progress());
        assertTrue(outcome.summary().contains(" 0 new, 0 updated"), outcome.summary());
        assertEquals(countsBefore, record.counts(), "the counts drawn again when the import finished");
        assertEquals(
                DemoPatients.original("alice.json").getFileName().toString(),
                record.importedFiles().getFirst(),
                "the list of imports drawn again too");
    }

    private static Path corpus(String file) {
        return TestSettings.existingPath("visitprep.it.corpus", "the shared corpus lies beside the checkout")
                .resolve(file);
    }
}
