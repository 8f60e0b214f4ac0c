package org.visitprep.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan would have cost for a pattern of care: the year's premiums plus the patient's share of each service,
 * in date order. A service is priced at its allowed amount (the billed amount where no allowed is given):
 * <ol>
 *   <li>preventive care costs nothing when the plan says so;</li>
 *   <li>a category with a copay costs the copay (at most the amount), outside the deductible;</li>
 *   <li>otherwise the deductible still open is paid first, then the coinsurance on the rest;</li>
 *   <li>the year's share stops at the out-of-pocket maximum.</li>
 * </ol>
 * A zero amount costs nothing; a negative amount (a reversal or an adjustment) costs nothing and gives nothing back,
 * since how a payer settles it is not known. Amounts are rounded to cents per service.
 */
public final class PlanCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal MONTHS = new BigDecimal("12");

    private PlanCalculator() {}

    /** The share of one category: its services, their priced amount, and what the patient would pay of it. */
    public record CategoryShare(CareCategory category, int services, BigDecimal priced, BigDecimal patientShare) {}

    /** One plan's estimate for one pattern. */
    public record Estimate(
            PlanDesign plan,
            BigDecimal premiums,
            BigDecimal careShare,
            BigDecimal total,
            boolean outOfPocketMaxReached,
            List<CategoryShare> byCategory) {}

    /** The estimate of a plan for the services, taken in the order given (date order). */
    public static Estimate estimate(PlanDesign plan, List<PricedLine> services) {
        BigDecimal deductibleLeft = plan.deductible();
        BigDecimal capLeft = plan.outOfPocketMax();
        BigDecimal rate = plan.coinsurancePercent().divide(HUNDRED);
        Map<CareCategory, BigDecimal[]> sums = new EnumMap<>(CareCategory.class);
        Map<CareCategory, Integer> counts = new EnumMap<>(CareCategory.class);
        BigDecimal careShare = BigDecimal.ZERO;
        boolean capReached = false;
        for (PricedLine service : services) {
            BigDecimal amount = service.pricedAmount();
            if (amount == null) {
                continue;
            }
            BigDecimal share;
            if (amount.signum() <= 0) {
                share = BigDecimal.ZERO;
            } else if (service.category() == CareCategory.PREVENTIVE && plan.preventiveFree()) {
                share = BigDecimal.ZERO;
            } else if (plan.copays().containsKey(service.category())) {
                share = plan.copays().get(service.category()).min(amount);
            } else {
                BigDecimal towardsDeductible = deductibleLeft.min(amount);
                deductibleLeft = deductibleLeft.subtract(towardsDeductible);
                share = towardsDeductible.add(amount.subtract(towardsDeductible).multiply(rate));
            }
            share = share.setScale(2, RoundingMode.HALF_UP);
            if (share.compareTo(capLeft) >= 0 && share.signum() > 0) {
                share = capLeft.setScale(2, RoundingMode.HALF_UP);
                capReached = true;
            }
            capLeft = capLeft.subtract(share);
            careShare = careShare.add(share);
            BigDecimal[] sum =
                    sums.computeIfAbsent(service.category(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(amount);
            sum[1] = sum[1].add(share);
            counts.merge(service.category(), 1, Integer::sum);
        }
        List<CategoryShare> byCategory = new ArrayList<>();
        sums.forEach(
                (category, sum) -> byCategory.add(new CategoryShare(category, counts.get(category), sum[0], sum[1])));
        BigDecimal premiums = plan.monthlyPremium().multiply(MONTHS).setScale(2, RoundingMode.HALF_UP);
        return new Estimate(plan, premiums, careShare, premiums.add(careShare), capReached, byCategory);
    }

    /** The estimates of every plan for the services, cheapest first (ties keep the plans' order). */
    public static List<Estimate> rank(List<PlanDesign> plans, List<PricedLine> services) {
        List<Estimate> estimates = new ArrayList<>();
        for (PlanDesign plan : plans) {
            estimates.add(estimate(plan, services));
        }
        estimates.sort(Comparator.comparing(Estimate::total));
        return estimates;
    }
}
