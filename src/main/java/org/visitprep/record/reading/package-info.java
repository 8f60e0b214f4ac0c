/**
 * What every record reader shares: the source being read ({@link org.visitprep.record.reading.ImportSource}),
 * the limits it is read within, the progress it reports, and the problems that refuse it
 * ({@link org.visitprep.record.reading.ImportProblem}, with a message for a person in English and French).
 *
 * <p>Readers are all-or-nothing: they return every entry of a source or throw
 * {@link org.visitprep.record.reading.SourceRejected} with the problems found, never a partial list. Hardened
 * XML parsing lives here too, because FHIR XML and Apple Health exports both need it. Nothing here knows a
 * particular format.
 */
package org.visitprep.record.reading;
