package org.visitprep.record;

/** A condition, problem or diagnosis: its code, clinical and verification status, onset and abatement. */
public record ConditionDetail(
        Concept code, String clinicalStatus, String verificationStatus, RecordTime onset, RecordTime abatement)
        implements EntryDetail {}
