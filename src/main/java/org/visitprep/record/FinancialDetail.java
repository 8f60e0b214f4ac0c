package org.visitprep.record;

/**
 * A Claim or an ExplanationOfBenefit: its type (institutional, professional, pharmacy...), status, the total
 * amount (a {@link Quantity} whose code is the currency), and when it was created and the period it bills for.
 */
public record FinancialDetail(
        Concept type, String status, Quantity total, RecordTime created, EffectiveTime billablePeriod)
        implements EntryDetail {}
