package org.visitprep.web.it.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.visitprep.demo.WellnessDiary;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.HomePage;
import org.visitprep.web.it.browser.SiteMenu;
import org.visitprep.web.it.browser.Viewport;
import org.visitprep.web.it.record.LabResultsPage;
import org.visitprep.web.it.record.RecordPage;
import org.visitprep.web.it.stack.TestSettings;
import org.visitprep.web.it.visit.ApprovedSummaryPage;
import org.visitprep.web.it.visit.Download;
import org.visitprep.web.it.visit.MyVisitsPage;
import org.visitprep.web.it.visit.SummaryPrintPage;
import org.visitprep.web.it.visit.SummaryReviewPage;
import org.visitprep.web.it.visit.VisitJourney;
import org.visitprep.web.it.visit.VisitPreparationPage;

/**
 * The patient's portal on a phone held upright (360 × 800 CSS px, touch) and on a laptop (1280 × 800). A browser
 * emulating either screen checks every page it shows (axe with WCAG 2.2's target size, nothing wider than the
 * screen) and keeps a picture of each phone page in {@code target/phone-screenshots}.
 */
class PatientPhoneIT extends PortalTest {

    /** The patient's pages that need no visit of their own; the journey below shows the visit's pages. */
    private static final List<PatientPage.Address> PAGES = List.of(
            new PatientPage.Address("home", "/patient/home.xhtml"),
            new PatientPage.Address("record", "/patient/record.xhtml"),
            new PatientPage.Address("lab results", "/patient/labs.xhtml"),
            new PatientPage.Address("medicines and history", "/patient/history.xhtml"),
            new PatientPage.Address("wellness", "/patient/wellness.xhtml"),
            new PatientPage.Address("my care and its costs", "/patient/costs.xhtml"),
            new PatientPage.Address("my visits", "/patient/visits.xhtml"),
            new PatientPage.Address("new visit", "/patient/visit.xhtml"),
            new PatientPage.Address("sharing and access", "/patient/sharing.xhtml"),
            new PatientPage.Address("my EHR records", "/patient/ehr.xhtml"));

    /** A laboratory result with the lab's own ranges (public, HL7 IPS examples): the FHIR file a phone uploads. */
    private static final String CREATININE = "labs/Observation-serum-creatinine-adult.json";

    @Test
    void the_menu_hides_behind_one_button_that_opens_and_closes_by_keyboard_and_by_touch() {
        browser.emulate(Viewport.PHONE);
        signIn(DemoUser.ALICE, "/");
        var home = new HomePage(browser, HomePage.Of.PATIENT);
        SiteMenu menu = home.menu();

        assertTrue(menu.isBehindAButton(), "a phone shows one Menu button");
        assertFalse(menu.isShown(), "the menu waits behind it");
        assertFalse(menu.saysOpen());
        assertTrue(menu.buttonControlsTheMenu());
        assertEquals("Menu", menu.buttonName());
        assertEquals("Alice Wiza", home.signedInUser(), "her name is in the menu");

        menu.toggleByKeyboard(Keys.ENTER);
        assertTrue(menu.saysOpen() && menu.isShown(), "Enter opens it");
        home.checkAgain("home with the menu open");
        menu.tabIntoTheMenu();
        assertTrue(menu.focusIsInTheMenu(), "Tab goes from the button into the menu");
        menu.pressEscape();
        assertFalse(menu.saysOpen() || menu.isShown(), "Escape closes it");
        assertTrue(menu.buttonHasFocus(), "and puts the focus back on the button");
        menu.toggleByKeyboard(Keys.SPACE);
        assertTrue(menu.saysOpen() && menu.isShown(), "Space opens it");
        menu.toggleByKeyboard(Keys.SPACE);
        assertFalse(menu.saysOpen() || menu.isShown(), "and Space closes it again");

        menu.tapButton();
        assertTrue(menu.saysOpen() && menu.isShown(), "a tap opens it");
        menu.tapOutside();
        assertFalse(menu.saysOpen() || menu.isShown(), "a tap beside it closes it");
        menu.tapButton();
        menu.tapLink("My visits");
        var visits = new MyVisitsPage(browser);
        assertFalse(visits.menu().isShown(), "the next page starts with the menu closed");

        visits.switchLanguage("fr");
        var french = new MyVisitsPage(browser);
        assertEquals("Menu", french.menu().buttonName());
        assertEquals(
                List.of(
                        "Mon accueil",
                        "Mon dossier",
                        "Résultats d'analyses",
                        "Médicaments et historique",
                        "Bien-être",
                        "Mes soins et leur coût",
                        "Mes consultations",
                        "Partage et accès",
                        "Mes dossiers DPI"),
                french.menu().linkNames());
        french.switchLanguage("en");

        browser.emulate(Viewport.DESKTOP);
        browser.go(portal("/patient/home.xhtml"));
        var wide = new HomePage(browser, HomePage.Of.PATIENT);
        assertFalse(wide.menu().isBehindAButton(), "a laptop shows no Menu button");
        assertTrue(wide.menu().isShown(), "and always shows the menu");
    }

    @Test
    void every_patient_page_fits_a_phone_and_a_laptop_and_the_device_keeps_no_health_data() {
        browser.emulate(Viewport.PHONE);
        signIn(DemoUser.ALICE, "/");
        new HomePage(browser, HomePage.Of.PATIENT);
        for (Viewport screen : List.of(Viewport.PHONE, Viewport.DESKTOP)) {
            browser.emulate(screen);
            for (PatientPage.Address address : PAGES) {
                PatientPage.open(browser, address);
            }
            var labs = LabResultsPage.open(browser, portal(LabResultsPage.PATH));
            String test = labs.testNames().getFirst();
            labs.showTrend(test);
            labs.checkAgain("lab results with a trend");
            labs.showSource(test);
            labs.checkAgain("lab results with a record's source");
        }

        var device = new DeviceStorage(browser);
        assertTrue(
                device.manifest().startsOnThePatientsHome(), device.manifest().toString());
        assertTrue(device.manifest().iconsAreServed(), device.manifest().toString());
        List<String> kept = device.cachedAddresses();
        assertFalse(kept.isEmpty(), "the service worker keeps the static files, so a phone loads them once");
        assertTrue(kept.stream().allMatch(DeviceStorage::isStaticFile), "only static files are kept: " + kept);
        assertTrue(
                device.cachedTexts().stream().noneMatch(text -> text.contains(DemoUser.ALICE.fullName())),
                "nothing kept names Alice");
    }

    @Test
    void alice_signs_in_imports_prepares_approves_and_shares_entirely_on_her_phone() throws IOException {
        browser.emulate(Viewport.PHONE);
        signIn(DemoUser.ALICE, "/");
        var home = new HomePage(browser, HomePage.Of.PATIENT);
        assertTrue(home.visibleText().contains("keeps none of your health data on your phone"), home.visibleText());

        home.menu().tapButton();
        home.menu().tapLink("My record");
        var record = new RecordPage(browser);
        assertTrue(record.visibleText().contains("Export All Health Data"), "the Health app's steps are on the page");
        record.chooseKind("FHIR file (JSON or XML)");
        var lab = record.importFile(corpus(CREATININE));
        assertEquals("done", lab.state(), lab.summary());
        record.checkAgain("record after a FHIR file from the phone");
        record.chooseKind("Apple Health export");
        var health = record.importFile(alicesHealthAppExport());
        assertEquals("done", health.state(), health.summary());
        assertTrue(health.summary().startsWith("export.zip is imported"), health.summary());
        assertTrue(health.summary().contains(" 0 new"), "the same diary as her demo's: " + health.summary());
        record.checkAgain("record after an Apple Health export.zip from the phone");

        record.menu().tapButton();
        record.menu().tapLink("My visits");
        String tag = VisitJourney.tag();
        VisitPreparationPage visit = new MyVisitsPage(browser)
                .prepareANewVisit()
                .appointment(VisitJourney.appointmentInTenDays())
                .with(DemoUser.DRBOB.fullName())
                .reason("Check-up before the holidays")
                .concern(1, VisitJourney.tiredConcern(tag))
                .question("Is my creatinine a worry?")
                .prepareSummary();
        assertTrue(visit.summaryIsReady(), visit.visibleText());
        visit.checkAgain("visit form with its summary drafted");
        SummaryReviewPage review = visit.checkMySummary();
        ApprovedSummaryPage approved = review.approve();
        approved.shareWith(DemoUser.DRBOB.fullName());
        approved.checkAgain("approved summary, shared");
        ApprovedSummaryPage.Share share = approved.shares().getFirst();
        assertEquals("Shared", share.state());

        Download pdf = Download.of(browser, approved.pdfAddress("a4"));
        assertEquals(200, pdf.status(), "the PDF link answers on a phone");
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF file");
        SummaryPrintPage print = approved.printView("a4");
        assertTrue(print.markers().size() > 0, "the print view carries its citations");
    }

    /** Alice's demo wellness diary as the Health app shares it: {@code export.zip} with the export inside. */
    private static Path alicesHealthAppExport() throws IOException {
        // the demo loader's diary for Alice (DemoPopulation: her seed is 1, sixty days to today, 165 cm, 78 kg)
        byte[] export = new WellnessDiary(1L, LocalDate.now(ZoneOffset.UTC), 60, 165, 78).appleHealthExport();
        Path zip = TestSettings.workFolder().resolve("phone").resolve("export.zip");
        Files.createDirectories(zip.getParent());
        try (OutputStream file = Files.newOutputStream(zip);
                var archive = new ZipOutputStream(file)) {
            archive.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
            archive.write(export);
            archive.closeEntry();
        }
        return zip;
    }

    private static Path corpus(String file) {
        return TestSettings.existingPath("visitprep.it.corpus", "the shared corpus lies beside the checkout")
                .resolve(file);
    }
}
