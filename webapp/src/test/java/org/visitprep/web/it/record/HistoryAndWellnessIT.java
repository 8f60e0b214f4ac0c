package org.visitprep.web.it.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.record.HistoryPage.Table;

class HistoryAndWellnessIT extends PortalTest {

    @Test
    void alices_medicines_conditions_vaccinations_and_visits_are_listed_a_page_at_a_time() {
        signIn(DemoUser.ALICE, HistoryPage.PATH);
        var history = new HistoryPage(browser);

        assertTrue(
                history.firstColumn(Table.MEDICINES).stream().anyMatch(name -> name.contains("Metformin")),
                history.firstColumn(Table.MEDICINES).toString());
        assertTrue(
                history.rowTexts(Table.MEDICINES).stream().anyMatch(row -> row.contains("Stopped")),
                "stopped medicines are listed too");
        assertFalse(history.firstColumn(Table.CONDITIONS).isEmpty());
        assertFalse(history.firstColumn(Table.IMMUNIZATIONS).isEmpty());
        List<String> firstVisits = history.firstColumn(Table.ENCOUNTERS);
        assertEquals(10, firstVisits.size(), "a page of visits");

        assertTrue(history.nextPage(Table.ENCOUNTERS));
        List<String> nextVisits = history.firstColumn(Table.ENCOUNTERS);
        assertEquals(10, nextVisits.size());
        assertNotEquals(firstVisits, nextVisits);

        var source = history.showFirstSource(Table.MEDICINES);
        assertEquals("MedicationRequest", source.resourceType());
    }

    @Test
    void alices_wellness_shows_steps_sleep_weight_heart_rate_and_calories_by_day_and_by_week() {
        signIn(DemoUser.ALICE, WellnessPage.PATH);
        var wellness = new WellnessPage(browser);

        List<String> measures = wellness.measures();
        for (String measure : List.of("Steps", "Sleep", "Weight", "Heart rate, daily average", "Calories eaten")) {
            assertTrue(measures.contains(measure), measure + " among " + measures);
        }
        assertTrue(measures.contains("Calories burned in activity"), measures.toString());
        assertTrue(wellness.weeksListed("Steps") >= 8, "eight weeks or more, counting a part week");
        assertEquals(56, wellness.daysListed("Steps"), "eight weeks of days");
        assertEquals(measures.size(), wellness.chartsDrawn());
    }
}
