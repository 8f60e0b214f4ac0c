package org.visitprep.costs;

import org.visitprep.visit.Problem;

/**
 * Why a plan design or a comparison was refused. Each has a message in {@code CostMessages.properties} and
 * {@code CostMessages_fr.properties}; the arguments it takes are listed here in order.
 */
public enum CostProblem implements Problem.Code {
    /** A plan without a name: the plan's position. */
    NAME_MISSING,
    /** A plan's name too long: the plan's position, the limit. */
    NAME_TOO_LONG,
    /** A coinsurance outside 0 to 100: the plan's position. */
    COINSURANCE_RANGE,
    /** The out-of-pocket maximum below the deductible: the plan's position. */
    CAP_BELOW_DEDUCTIBLE,
    /** Fewer than two or more than four plans: how many. */
    PLAN_COUNT,
    /** Two plans with one name: the name's position. */
    DUPLICATE_NAME,
    /** A sample plan that does not exist. */
    UNKNOWN_SAMPLE;

    static final String BUNDLE = "org.visitprep.costs.CostMessages";

    @Override
    public String bundle() {
        return BUNDLE;
    }
}
