package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.visitprep.lab.LabFlag;

/**
 * A qualitative judgement a sentence may make about a fact's values, because the record supports it: how a result
 * compares with its range (as the laboratory flags it first), and which way a value moved since the one before. A
 * fact lists the judgements it supports ({@link Fact#judgements()}); a sentence that judges a fact otherwise
 * contradicts the record.
 */
public enum Judgement {
    WITHIN_RANGE,
    ABOVE_RANGE,
    BELOW_RANGE,
    /** At or beyond a critical limit, by the catalogue's limits or the laboratory's own flag (HH, LL, AA). */
    CRITICAL,
    /** Flagged abnormal: out of range, or an abnormal qualitative result (positive, detected, abnormal). */
    ABNORMAL,
    INCREASED,
    DECREASED,
    UNCHANGED;

    /** What a lab flag supports saying; nothing for a result that was not compared. */
    public static Set<Judgement> of(LabFlag flag) {
        return switch (flag) {
            case NORMAL -> EnumSet.of(WITHIN_RANGE);
            case HIGH -> EnumSet.of(ABOVE_RANGE, ABNORMAL);
            case LOW -> EnumSet.of(BELOW_RANGE, ABNORMAL);
            case CRITICAL_HIGH -> EnumSet.of(ABOVE_RANGE, ABNORMAL, CRITICAL);
            case CRITICAL_LOW -> EnumSet.of(BELOW_RANGE, ABNORMAL, CRITICAL);
            case ABNORMAL -> EnumSet.of(ABNORMAL);
            case CRITICAL_ABNORMAL -> EnumSet.of(ABNORMAL, CRITICAL);
            case UNKNOWN -> EnumSet.noneOf(Judgement.class);
        };
    }

    /** Which way a value moved from {@code before} to {@code now}. */
    public static Judgement direction(BigDecimal before, BigDecimal now) {
        int compared = now.compareTo(before);
        return compared > 0 ? INCREASED : compared < 0 ? DECREASED : UNCHANGED;
    }
}
