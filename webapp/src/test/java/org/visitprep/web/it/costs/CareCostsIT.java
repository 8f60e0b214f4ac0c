package org.visitprep.web.it.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;

/**
 * Alice's care and its costs (her test record's bills run from 1935 to 1985, so the last twelve months are empty and
 * the page points to her latest year), her bills by category with their sources, and three plans compared: a plan
 * with a typing slip is refused and nothing is saved; corrected, the three are saved, ranked and explained, in
 * English and in French, and the page fits 400 px.
 */
class CareCostsIT extends PortalTest {

    @Test
    void alices_costs_by_category_and_three_plans_compared_in_english_and_french() {
        signIn(DemoUser.ALICE, CostsPage.PATH);
        var costs = new CostsPage(browser);
        assertEquals("My care and its costs", costs.heading());
        assertTrue(costs.visibleText().contains("never recommends a plan"), "the page says it is not advice");
        assertTrue(costs.saysThePeriodIsEmpty(), "no bills in the last twelve months");
        assertTrue(costs.latestYearHint().contains("1985"), costs.latestYearHint());

        costs.showYear("1983");
        var categories = costs.categories();
        assertFalse(categories.isEmpty());
        assertTrue(
                categories.keySet().stream().anyMatch(name -> name.equals("Preventive care")),
                categories.keySet().toString());
        assertTrue(costs.totalRow().startsWith("All care"), costs.totalRow());
        assertTrue(costs.totalRow().contains("$"), "amounts in dollars: " + costs.totalRow());
        assertTrue(costs.whoPaid().contains("Paid by insurance"), costs.whoPaid());
        assertEquals(12, costs.monthBars(), "a bar per month of the year");
        assertTrue(costs.problemsHeading().startsWith("Bills to check ("), costs.problemsHeading());
        assertEquals("ExplanationOfBenefit", costs.openFirstBillOf("preventive"));

        costs.removeAllPlans();
        costs.addSample("Sample bronze");
        costs.addSample("Sample gold");
        costs.addOwnPlan("My employer plan", "lots", "2000", "20", "6000");
        costs.compare();
        assertTrue(
                costs.messages()
                        .contains(
                                "Plan 3: the monthly premium is not an amount. Write a number such as 25 or 1500.50."),
                costs.messages().toString());
        assertTrue(costs.estimates().isEmpty(), "no estimate from a refused plan");

        browser.driver().navigate().refresh();
        costs = new CostsPage(browser);
        assertEquals(0, costs.plansShown(), "the refused plans were not saved");

        costs.showYear("1983");
        costs.addSample("Sample bronze");
        costs.addSample("Sample gold");
        costs.addOwnPlan("My employer plan", "250", "2000", "20", "6000");
        costs.compare();
        assertTrue(
                costs.messages().contains("Your plans are saved and compared."),
                costs.messages().toString());
        List<String> estimates = costs.estimates();
        assertEquals(3, estimates.size(), estimates.toString());
        assertTrue(estimates.getFirst().contains("1"), estimates.toString());
        assertEquals(3, costs.calculationsOneClickAway());
        assertTrue(costs.firstCalculation().contains("Premiums for 12 months"), "the calculation one click away");
        assertTrue(costs.visibleText().contains("That order is arithmetic, not a recommendation."));

        browser.driver().navigate().refresh();
        costs = new CostsPage(browser);
        assertEquals(3, costs.plansShown(), "the plans are saved");

        costs.switchLanguage("fr");
        costs = new CostsPage(browser);
        assertEquals("Mes soins et leur coût", costs.heading());
        assertTrue(costs.visibleText().contains("VisitPrep ne recommande jamais de contrat"), "the framing in French");
        costs.showYear("1983");
        assertTrue(
                costs.categories().containsKey("Prévention"),
                costs.categories().keySet().toString());
        assertEquals(3, costs.estimates().size(), "the saved plans compared in French");

        costs.assertFits400PixelsWide("1983");
    }
}
