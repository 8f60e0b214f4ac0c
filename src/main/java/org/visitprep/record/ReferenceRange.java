package org.visitprep.record;

/**
 * A reference range of an observation as the source states it: low and/or high bound, or only a text; the type
 * (normal, therapeutic...) when the source codes it. VisitPrep never invents a range the source did not give.
 */
public record ReferenceRange(Quantity low, Quantity high, String text, Concept type) {}
