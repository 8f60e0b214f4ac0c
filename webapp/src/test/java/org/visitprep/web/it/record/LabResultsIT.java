package org.visitprep.web.it.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;

class LabResultsIT extends PortalTest {

    private static final String A1C = "Hemoglobin A1c";
    private static final List<String> FLAGS =
            List.of("Very low", "Low", "In range", "High", "Very high", "No range to compare");
    private static final Pattern ANY_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void alices_hba1c_shows_its_value_flag_date_and_that_its_range_is_a_general_one() {
        signIn(DemoUser.ALICE, LabResultsPage.PATH);
        var labs = new LabResultsPage(browser);

        var a1c = labs.row(A1C);
        assertEquals("2.59 %", a1c.value(), "Synthea's 2.5903553371032935 %, to two decimals");
        assertEquals("below 5.7 %", a1c.range());
        assertTrue(a1c.markedGeneralRange());
        assertTrue(FLAGS.contains(a1c.flag()), a1c.flag());
        assertTrue(a1c.flagHasIcon(), "a flag is a word and an icon, never a colour alone");
        assertEquals("8 Oct 1984", a1c.date());
        assertTrue(a1c.about().toLowerCase().contains("blood sugar"), a1c.about());
        assertTrue(labs.generalRangeNote().contains("general adult range"), labs.generalRangeNote());
        assertTrue(labs.testNames().size() > 30, labs.testNames().toString());
    }

    @Test
    void her_hba1c_trend_draws_every_result_over_the_shaded_general_range_and_lists_them() {
        signIn(DemoUser.ALICE, LabResultsPage.PATH);
        var labs = new LabResultsPage(browser);

        var trend = labs.showTrend(A1C);

        assertEquals("Trend of Hemoglobin A1c", trend.heading());
        assertTrue(trend.shadesABand(), "the reference band is shaded");
        assertEquals(35, trend.valuesDrawn());
        assertTrue(trend.bandNote().contains("general adult range, below 5.7 %"), trend.bandNote());
        assertTrue(trend.chartLabel().contains("35 results"), trend.chartLabel());
        assertEquals("8 Oct 1984", trend.datesListed().getFirst());
        assertEquals(12, trend.datesListed().size(), "the table's first page");
        assertEquals(LabResultsPage.PATH, labs.path());
        assertFalse(browser.currentUrl().toString().contains("?"), "nothing of the choice is in the address");
    }

    @Test
    void the_source_of_a_result_is_its_original_fhir_resource_and_no_entry_id_reaches_the_page() {
        signIn(DemoUser.ALICE, LabResultsPage.PATH);
        var labs = new LabResultsPage(browser);
        assertFalse(ANY_UUID.matcher(browser.pageSource()).find(), "the page carries no entry id");

        var source = labs.showSource(A1C);

        assertEquals("Observation", source.resourceType());
        assertEquals("FHIR file alice.json", source.broughtFrom());
        assertTrue(source.json().contains("\"4548-4\""), source.json());
        assertTrue(source.json().contains("2.5903553371032935"), "the value exactly as imported");
        source.close();
    }
}
