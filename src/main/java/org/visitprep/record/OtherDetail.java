package org.visitprep.record;

/**
 * A resource VisitPrep keeps but does not interpret (Organization, Practitioner, CarePlan, DocumentReference...):
 * its main code when it has one ({@code code} or {@code type}), else null. Its original holds everything.
 */
public record OtherDetail(Concept code) implements EntryDetail {}
