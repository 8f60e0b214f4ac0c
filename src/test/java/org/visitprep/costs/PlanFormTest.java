package org.visitprep.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.visitprep.visit.Outcome;

class PlanFormTest {

    private static PlanForm form(String name, String premium, String deductible, String coinsurance, String cap) {
        return new PlanForm(
                name,
                premium,
                deductible,
                coinsurance,
                cap,
                true,
                Network.IN_NETWORK,
                Map.of(CareCategory.OFFICE_VISIT, "25"),
                "");
    }

    @Test
    void readsAmountsAsPeopleTypeThem() {
        var plan = form(" Gold ", "450,50", " 1 500 ", "20", "6000").check(1).value();
        assertEquals("Gold", plan.name());
        assertEquals(new BigDecimal("450.50"), plan.monthlyPremium());
        assertEquals(new BigDecimal("1500.00"), plan.deductible());
        assertEquals(new BigDecimal("25.00"), plan.copays().get(CareCategory.OFFICE_VISIT));
    }

    @Test
    void eachProblemNamesThePlanAndTheFieldInBothLanguages() {
        var refused = (Outcome.Refused<PlanDesign>)
                form("", "lots", "-5", "120", "6000").check(2);
        List<String> english = refused.messages(Locale.ENGLISH);
        assertEquals(4, english.size(), english.toString());
        assertTrue(english.contains("Plan 2: give the plan a name."), english.toString());
        assertTrue(
                english.contains("Plan 2: the monthly premium is not an amount. Write a number such as 25 or 1500.50."),
                english.toString());
        assertTrue(english.contains("Plan 2: the deductible must be from 0 to below 1000000."), english.toString());
        assertTrue(english.contains("Plan 2: the coinsurance is a percentage from 0 to 100."), english.toString());
        List<String> french = refused.messages(Locale.FRENCH);
        assertTrue(
                french.contains(
                        "Contrat 2 : la prime mensuelle n'est pas un montant. Écrivez un nombre comme 25 ou 1500,50."),
                french.toString());
    }

    @Test
    void aCapBelowTheDeductibleIsRefused() {
        var refused = (Outcome.Refused<PlanDesign>)
                form("A", "1", "5000", "20", "4000").check(1);
        assertEquals(
                CostProblem.CAP_BELOW_DEDUCTIBLE, refused.problems().getFirst().code());
    }

    @Test
    void twoToFourPlansWithDistinctNames() {
        var one = PlanForm.check(List.of(form("A", "1", "1", "1", "1")));
        assertEquals(
                CostProblem.PLAN_COUNT,
                ((Outcome.Refused<?>) one).problems().getFirst().code());
        var twins = PlanForm.check(List.of(form("A", "1", "1", "1", "1"), form("a", "1", "1", "1", "1")));
        assertEquals(
                CostProblem.DUPLICATE_NAME,
                ((Outcome.Refused<?>) twins).problems().getFirst().code());
        assertTrue(PlanForm.check(List.of(form("A", "1", "1", "1", "1"), form("B", "1", "1", "1", "1")))
                .isDone());
    }

    @Test
    void theSamplePlansAreShippedAndLabelled() {
        assertEquals(4, SamplePlans.all().size());
        assertTrue(SamplePlans.all().stream().allMatch(plan -> plan.sample().startsWith("sample-")));
        assertTrue(SamplePlans.byId("sample-gold").orElseThrow().preventiveFree());
    }
}
