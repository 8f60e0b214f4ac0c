package org.visitprep.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The calculator against cases computed by hand; each test writes its arithmetic. */
class PlanCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static PricedLine service(CareCategory category, String allowed) {
        return new PricedLine(
                UUID.randomUUID(),
                0,
                DAY,
                category,
                "",
                "USD",
                null,
                money(allowed),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false);
    }

    private static PlanDesign plan(
            String premium,
            String deductible,
            String coinsurance,
            String cap,
            Map<CareCategory, BigDecimal> copays,
            boolean preventiveFree) {
        return new PlanDesign(
                "p",
                money(premium),
                money(deductible),
                money(coinsurance),
                copays,
                money(cap),
                preventiveFree,
                Network.IN_NETWORK,
                "");
    }

    @Test
    void deductibleCrossedInTheMiddleOfAClaim() {
        // Deductible 1000: the first service (600) is all deductible; of the second (1000), 400 finishes the
        // deductible and 20 % of the other 600 is 120. Share 600 + 400 + 120 = 1120; premiums 12 x 100 = 1200.
        var estimate = PlanCalculator.estimate(
                plan("100", "1000", "20", "5000", Map.of(), true),
                List.of(service(CareCategory.PROCEDURE, "600"), service(CareCategory.PROCEDURE, "1000")));
        assertEquals(money("1120.00"), estimate.careShare());
        assertEquals(money("1200.00"), estimate.premiums());
        assertEquals(money("2320.00"), estimate.total());
        assertFalse(estimate.outOfPocketMaxReached());
    }

    @Test
    void copayCategoriesSkipTheDeductibleAndOthersPayCoinsurance() {
        // Office visit 150 with a 30 copay: 30. Lab 200: deductible 100 first, then 10 % of 100 = 10: 110.
        // A 20 office visit with a 30 copay costs at most its amount: 20. Share 30 + 110 + 20 = 160.
        var estimate = PlanCalculator.estimate(
                plan("0", "100", "10", "5000", Map.of(CareCategory.OFFICE_VISIT, money("30")), true),
                List.of(
                        service(CareCategory.OFFICE_VISIT, "150"),
                        service(CareCategory.LAB, "200"),
                        service(CareCategory.OFFICE_VISIT, "20")));
        assertEquals(money("160.00"), estimate.careShare());
        var office = estimate.byCategory().stream()
                .filter(share -> share.category() == CareCategory.OFFICE_VISIT)
                .findFirst()
                .orElseThrow();
        assertEquals(2, office.services());
        assertEquals(money("50.00"), office.patientShare());
        assertEquals(money("170"), office.priced());
    }

    @Test
    void outOfPocketMaximumCapsTheYear() {
        // Deductible 2000, 30 %, cap 3000. Stay of 10000: 2000 + 30 % of 8000 = 4400, capped at 3000.
        // A later lab of 500 then costs nothing: the cap is reached. Share 3000; premiums 12 x 50 = 600.
        var estimate = PlanCalculator.estimate(
                plan("50", "2000", "30", "3000", Map.of(), true),
                List.of(service(CareCategory.INPATIENT, "10000"), service(CareCategory.LAB, "500")));
        assertEquals(money("3000.00"), estimate.careShare());
        assertEquals(money("3600.00"), estimate.total());
        assertTrue(estimate.outOfPocketMaxReached());
    }

    @Test
    void preventiveCareIsFreeOnlyWhenThePlanSaysSo() {
        // A 180 check-up: 0 on a plan with free preventive care; on one without, deductible 100 then 50 % of 80 =
        // 40: 140.
        List<PricedLine> care = List.of(service(CareCategory.PREVENTIVE, "180"));
        assertEquals(
                money("0.00"),
                PlanCalculator.estimate(plan("0", "100", "50", "5000", Map.of(), true), care)
                        .careShare());
        assertEquals(
                money("140.00"),
                PlanCalculator.estimate(plan("0", "100", "50", "5000", Map.of(), false), care)
                        .careShare());
    }

    @Test
    void zeroAndNegativeLinesCostNothingAndGiveNothingBack() {
        // Deductible 500: a 0 line and a -300 reversal cost 0 and leave the deductible whole, so the 400 lab after
        // them is all deductible: 400.
        var estimate = PlanCalculator.estimate(
                plan("0", "500", "20", "5000", Map.of(), true),
                List.of(
                        service(CareCategory.LAB, "0"),
                        service(CareCategory.LAB, "-300"),
                        service(CareCategory.LAB, "400")));
        assertEquals(money("400.00"), estimate.careShare());
    }

    @Test
    void billedStandsInWhereNoAllowedAmountIsGiven() {
        // Billed 250, no allowed amount; deductible 0, 20 %: 50.
        var billedOnly = new PricedLine(
                UUID.randomUUID(),
                0,
                DAY,
                CareCategory.IMAGING,
                "",
                "USD",
                money("250"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true);
        assertEquals(
                money("50.00"),
                PlanCalculator.estimate(plan("0", "0", "20", "5000", Map.of(), true), List.of(billedOnly))
                        .careShare());
    }

    @Test
    void plansAreRankedByEstimatedTotal() {
        // Care 3000 of procedures. Cheap premium: 12 x 100 + 3000 (deductible 5000 not reached) = 4200.
        // Dear premium: 12 x 300 + 0 deductible + 10 % of 3000 = 3600 + 300 = 3900: ranked first.
        List<PricedLine> care = List.of(service(CareCategory.PROCEDURE, "3000"));
        var cheapPremium = new PlanDesign(
                "Cheap premium",
                money("100"),
                money("5000"),
                money("20"),
                Map.of(),
                money("8000"),
                true,
                Network.IN_NETWORK,
                "");
        var dearPremium = new PlanDesign(
                "Dear premium",
                money("300"),
                money("0"),
                money("10"),
                Map.of(),
                money("8000"),
                true,
                Network.IN_NETWORK,
                "");
        var ranked = PlanCalculator.rank(List.of(cheapPremium, dearPremium), care);
        assertEquals("Dear premium", ranked.get(0).plan().name());
        assertEquals(money("3900.00"), ranked.get(0).total());
        assertEquals(money("4200.00"), ranked.get(1).total());
    }

    @Test
    void scenariosDropOrRepeatTheLargestEpisode() {
        // Bills 0 (100), 1 (5000, two lines 3000 + 2000) and 2 (200). Lighter: without bill 1 = 300;
        // heavier: bill 1 twice = 10300; as it was: 5300.
        List<PricedLine> lines = new ArrayList<>();
        UUID entry = UUID.randomUUID();
        lines.add(new PricedLine(
                entry,
                0,
                DAY,
                CareCategory.LAB,
                "",
                "USD",
                null,
                money("100"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false));
        lines.add(new PricedLine(
                entry,
                1,
                DAY.plusDays(1),
                CareCategory.INPATIENT,
                "",
                "USD",
                null,
                money("3000"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false));
        lines.add(new PricedLine(
                entry,
                1,
                DAY.plusDays(1),
                CareCategory.PROCEDURE,
                "",
                "USD",
                null,
                money("2000"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false));
        lines.add(new PricedLine(
                entry,
                2,
                DAY.plusDays(2),
                CareCategory.LAB,
                "",
                "USD",
                null,
                money("200"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false));
        CareYear year = new CareYear(CarePeriod.calendarYear(2025), lines, List.of(), 3, 0);
        assertEquals(money("5300"), sum(CareScenario.AS_IT_WAS.services(year, "USD")));
        assertEquals(money("300"), sum(CareScenario.LIGHTER.services(year, "USD")));
        assertEquals(money("10300"), sum(CareScenario.HEAVIER.services(year, "USD")));
    }

    private static BigDecimal sum(List<PricedLine> lines) {
        return lines.stream().map(PricedLine::pricedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
