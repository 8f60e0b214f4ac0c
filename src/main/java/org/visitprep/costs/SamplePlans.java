package org.visitprep.costs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sample plan designs shipped in {@code config/insurance/sample-plans.json}: illustrative designs, labelled as
 * such on the page, for a patient who has no real offers at hand yet.
 */
public final class SamplePlans {

    private static final String RESOURCE = "/org/visitprep/costs/sample-plans.json";
    private static final List<PlanDesign> PLANS = load();

    private SamplePlans() {}

    public static List<PlanDesign> all() {
        return PLANS;
    }

    /** The sample with the given id (its {@link PlanDesign#sample()}). */
    public static Optional<PlanDesign> byId(String id) {
        return PLANS.stream().filter(plan -> plan.sample().equals(id)).findFirst();
    }

    private static List<PlanDesign> load() {
        try (InputStream in = SamplePlans.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample plans are missing from the build: " + RESOURCE);
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<PlanDesign> plans = new ArrayList<>();
            for (JsonNode plan : root.path("plans")) {
                Map<CareCategory, BigDecimal> copays = new EnumMap<>(CareCategory.class);
                plan.path("copays")
                        .properties()
                        .forEach(copay -> copays.put(
                                CareCategory.valueOf(copay.getKey()),
                                new BigDecimal(copay.getValue().asText())));
                plans.add(new PlanDesign(
                        plan.path("name").asText(),
                        new BigDecimal(plan.path("monthlyPremium").asText()),
                        new BigDecimal(plan.path("deductible").asText()),
                        new BigDecimal(plan.path("coinsurancePercent").asText()),
                        copays,
                        new BigDecimal(plan.path("outOfPocketMax").asText()),
                        plan.path("preventiveFree").asBoolean(),
                        Network.valueOf(plan.path("network").asText("IN_NETWORK")),
                        plan.path("id").asText()));
            }
            return List.copyOf(plans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
