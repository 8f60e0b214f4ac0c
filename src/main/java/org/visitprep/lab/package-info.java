/**
 * The lab catalogue: what common laboratory tests (and the vital signs Synthea records) measure, in plain English
 * and French, with general adult reference ranges and critical limits, each traced to a cited source.
 *
 * <p>{@link org.visitprep.lab.LabFlag#of} compares one result with a range and critical limits and refuses to flag
 * when the units cannot be compared. A record's own range always wins over the catalogue's general one.
 *
 * <p>The catalogue is read once from a file shipped with the application; nothing here touches the network, a
 * database or a patient's record, and nothing here gives a diagnosis or advice.
 */
package org.visitprep.lab;
