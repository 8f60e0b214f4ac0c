package org.visitprep.web.it.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;

class RecordOverviewIT extends PortalTest {

    @Test
    void alice_sees_what_her_record_holds_where_it_came_from_and_her_imports() {
        signIn(DemoUser.ALICE, RecordPage.PATH);
        var record = new RecordPage(browser);

        Map<String, Long> counts = record.counts();
        assertTrue(counts.getOrDefault("Results and measurements", 0L) > 800, counts.toString());
        assertTrue(counts.getOrDefault("Medicines", 0L) >= 6, counts.toString());
        assertTrue(counts.getOrDefault("Visits and stays", 0L) >= 65, counts.toString());
        assertEquals(counts.values().stream().mapToLong(Long::longValue).sum(), record.total());
        assertTrue(record.sources().contains("FHIR file"), record.sources());
        assertTrue(record.sources().contains("Apple Health export"), record.sources());
        assertTrue(record.sources().contains("Nutrition diary"), record.sources());
        assertTrue(
                record.importedFiles().contains("alice.json"),
                record.importedFiles().toString());
        assertTrue(
                record.importedFiles().contains("export.xml"),
                record.importedFiles().toString());
        assertTrue(record.lastImport().contains("UTC"), record.lastImport());
    }

    @Test
    void the_overview_speaks_french_with_the_same_figures() {
        signIn(DemoUser.ALICE, RecordPage.PATH);
        var record = new RecordPage(browser);
        long total = record.total();

        record.switchLanguage("fr");

        var french = new RecordPage(browser);
        assertEquals("fr", french.language());
        assertEquals("Mon dossier de santé", french.heading());
        assertTrue(
                french.counts().containsKey("Résultats et mesures"),
                french.counts().toString());
        assertTrue(french.counts().containsKey("Médicaments"), french.counts().toString());
        assertTrue(french.sources().contains("Export Apple Santé"), french.sources());
        assertTrue(french.visibleText().contains("Importer un fichier"));
        assertEquals(total, french.total());
    }
}
