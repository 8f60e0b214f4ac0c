/**
 * The normalized record: one {@link org.visitprep.record.RecordEntry} per imported resource, with what the screens
 * and the summarizer need (kind, time, codes, values, ranges, references) and the original bytes it came from, so
 * any sentence written about it can be traced back to the source.
 *
 * <p>Only immutable value objects live here, in FHIR words where the thing is FHIR. Nothing here parses, stores or
 * encrypts; the import packages ({@code record.fhir}, {@code record.wellness}, {@code record.nutrition}) build these
 * values and the storage layer keeps them.
 */
package org.visitprep.record;
