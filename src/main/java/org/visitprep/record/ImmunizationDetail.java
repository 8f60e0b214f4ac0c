package org.visitprep.record;

/** A vaccination: the vaccine, its status (completed, not-done...) and when it was given. */
public record ImmunizationDetail(Concept vaccine, String status, RecordTime occurrence) implements EntryDetail {}
