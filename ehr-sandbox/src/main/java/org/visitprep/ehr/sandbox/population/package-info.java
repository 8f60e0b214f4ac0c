/**
 * Generates the demo population with Synthea: alice, a few other demo patients and one elderly patient for the
 * benchmark, seeded so that every run writes the same files.
 *
 * <p>Runs from Maven's {@code population} profile on a classpath of its own, because Synthea brings an old HAPI. None
 * of it is packaged in the WAR, and nothing in the server may refer to it.
 */
package org.visitprep.ehr.sandbox.population;
