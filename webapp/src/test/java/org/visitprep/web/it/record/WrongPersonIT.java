package org.visitprep.web.it.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;

/**
 * A file about someone else (Jane Doe, born 1961-05-12: another name and birth date than Alice's record) is refused
 * with a message naming whom it is about and why, in English and in French, and her record stays as it was.
 */
class WrongPersonIT extends PortalTest {

    @Test
    void a_file_about_someone_else_is_refused_naming_whom_it_is_about_and_her_record_is_unchanged() {
        signIn(DemoUser.ALICE, RecordPage.PATH);
        var record = new RecordPage(browser);
        var countsBefore = record.counts();

        var outcome = record.importFile(someoneElse());

        assertEquals("unsaved", outcome.state(), outcome.summary());
        assertTrue(outcome.summary().contains("someone-else.json was not imported"), outcome.summary());
        assertEquals("alert", outcome.problemsRole());
        String problem = String.join(" ", outcome.problems());
        assertTrue(problem.contains("This file is about Jane Doe, 1961-05-12"), problem);
        assertTrue(problem.contains("nothing was imported"), problem);
        var after = RecordPage.open(browser, portal(RecordPage.PATH));
        assertEquals(countsBefore, after.counts());
        assertEquals("someone-else.json", after.importedFiles().getFirst(), "the refusal is in her history");
    }

    @Test
    void the_refusal_reads_in_french_too() {
        signIn(DemoUser.ALICE, RecordPage.PATH);
        new RecordPage(browser).switchLanguage("fr");
        var record = new RecordPage(browser);
        var countsBefore = record.counts();

        var outcome = record.importFile(someoneElse());

        assertEquals("unsaved", outcome.state(), outcome.summary());
        String problem = String.join(" ", outcome.problems());
        assertTrue(problem.contains("Ce fichier concerne Jane Doe, 1961-05-12"), problem);
        assertTrue(problem.contains("rien n'a été importé"), problem);
        assertEquals(
                countsBefore, RecordPage.open(browser, portal(RecordPage.PATH)).counts());
    }

    private static Path someoneElse() {
        try {
            return Path.of(WrongPersonIT.class.getResource("someone-else.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
