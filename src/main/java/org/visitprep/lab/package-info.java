/**
 * The lab catalogue: what common laboratory tests (and the vital signs Synthea records) measure, in plain English
 * and French, with general adult reference ranges and critical limits, each traced to a cited source.
 *
 * <p>{@link org.visitprep.lab.LabFlag#of} compares one result with a range and critical limits and refuses to flag
 * when the units cannot be compared. {@link org.visitprep.lab.ResultJudge} is the one place that decides which range
 * a record's result is judged against (the record's own always wins over the catalogue's general one); the record
 * screens and the visit summary both ask it, so they never disagree.
 *
 * <p>The catalogue is read once from a file shipped with the application; the judge reads the values it is handed
 * and never fetches a record. Nothing here touches the network or a database, and nothing here gives a diagnosis or
 * advice.
 */
package org.visitprep.lab;
