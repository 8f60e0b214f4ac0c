package org.visitprep.costs;

/** Whether a plan design's amounts are those for care in the plan's network or outside it. */
public enum Network {
    IN_NETWORK,
    OUT_OF_NETWORK
}
