package org.visitprep.costs;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One insurance plan's design as the patient entered it (or picked it from the sample plans).
 *
 * @param name what the patient calls it
 * @param monthlyPremium premium per month
 * @param deductible the yearly deductible
 * @param coinsurancePercent the patient's share after the deductible, 0 to 100
 * @param copays a fixed copay per category, instead of deductible and coinsurance, for the categories that have one
 * @param outOfPocketMax the most the patient pays for care in a year (premiums not included)
 * @param preventiveFree whether preventive care costs nothing
 * @param network whether the design's amounts are for care in or out of the plan's network
 * @param sample the sample design it was picked from, or "" for one the patient entered
 */
public record PlanDesign(
        String name,
        BigDecimal monthlyPremium,
        BigDecimal deductible,
        BigDecimal coinsurancePercent,
        Map<CareCategory, BigDecimal> copays,
        BigDecimal outOfPocketMax,
        boolean preventiveFree,
        Network network,
        String sample) {

    public PlanDesign {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(monthlyPremium, "monthlyPremium");
        Objects.requireNonNull(deductible, "deductible");
        Objects.requireNonNull(coinsurancePercent, "coinsurancePercent");
        Objects.requireNonNull(outOfPocketMax, "outOfPocketMax");
        Objects.requireNonNull(network, "network");
        copays = copays == null || copays.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(copays));
        sample = sample == null ? "" : sample;
    }
}
