package org.visitprep.record;

/** A procedure: what was done, its status and when. */
public record ProcedureDetail(Concept code, String status, EffectiveTime performed) implements EntryDetail {}
