package org.visitprep.web.it.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.ErrorPage;
import org.visitprep.web.it.browser.HomePage;
import org.visitprep.web.it.record.HistoryPage.Table;

/** Ben, another patient, sees his own record on every record screen and nothing of Alice's. */
class RecordIsolationIT extends PortalTest {

    private static final String A1C = "Hemoglobin A1c";
    private static final Pattern SUBJECT = Pattern.compile("\"reference\"\\s*:\\s*\"(urn:uuid:[0-9a-f-]{36})\"");
    private static final Pattern ANY_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void ben_never_sees_alices_record_on_any_record_screen() {
        signIn(DemoUser.ALICE, LabResultsPage.PATH);
        var alicesLabs = new LabResultsPage(browser);
        var alicesA1c = alicesLabs.row(A1C);
        String alicesSubject = subjectOf(alicesLabs.showSource(A1C).json());
        long alicesTotal = RecordPage.open(browser, portal(RecordPage.PATH)).total();
        browser.close();

        browser = Browser.open();
        signIn(DemoUser.BEN, RecordPage.PATH);
        var record = new RecordPage(browser);
        assertEquals("Ben Boyle", record.signedInUser());
        assertNotEquals(alicesTotal, record.total());
        assertEquals(List.of("ben.json"), record.importedFiles());
        assertNotSeen(alicesSubject);

        var labs = LabResultsPage.open(browser, portal(LabResultsPage.PATH));
        var bensA1c = labs.row(A1C);
        assertNotEquals(alicesA1c.value() + alicesA1c.date(), bensA1c.value() + bensA1c.date());
        assertNotSeen(alicesSubject);
        var source = labs.showSource(A1C);
        assertEquals("FHIR file ben.json", source.broughtFrom());
        assertNotEquals(alicesSubject, subjectOf(source.json()));
        source.close();

        var history = HistoryPage.open(browser, portal(HistoryPage.PATH));
        assertFalse(history.firstColumn(Table.MEDICINES).stream().anyMatch(name -> name.contains("Metformin")));
        assertNotSeen(alicesSubject);

        var wellness = WellnessPage.open(browser, portal(WellnessPage.PATH));
        assertFalse(wellness.measures().contains("Steps"), "Alice's wellness diary is hers alone");
        assertNotSeen(alicesSubject);
    }

    @Test
    void a_clinician_is_refused_the_patient_record_screens() {
        signIn(DemoUser.DRBOB, "/");
        new HomePage(browser, HomePage.Of.CLINICIAN);

        for (String path : List.of(RecordPage.PATH, LabResultsPage.PATH, HistoryPage.PATH, WellnessPage.PATH)) {
            browser.go(portal(path));
            assertEquals("403", new ErrorPage(browser).status(), path);
        }
    }

    /**
     * Nothing Ben's pages send back can name one of Alice's entries: no entry id ever reaches a page (rows are chosen
     * on the server), and every record read is the signed-in patient's own.
     */
    private void assertNotSeen(String alicesSubject) {
        String page = browser.pageSource();
        assertFalse(ANY_UUID.matcher(page).find(), "no entry id on " + browser.currentUrl());
        assertFalse(page.contains("alice.json"), "Alice's import is not named on Ben's page " + browser.currentUrl());
        assertFalse(page.contains(alicesSubject), "Alice's patient reference is absent from " + browser.currentUrl());
    }

    private static String subjectOf(String json) {
        Matcher subject = SUBJECT.matcher(json);
        assertTrue(subject.find(), json);
        return subject.group(1);
    }
}
