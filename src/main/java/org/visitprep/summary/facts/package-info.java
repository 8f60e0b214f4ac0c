/**
 * The facts of a visit summary, computed from a patient's {@link org.visitprep.record.PatientRecord} for a
 * {@link org.visitprep.summary.facts.ReviewWindow} and their agenda: each {@link org.visitprep.summary.facts.Fact}
 * has a stable id, the ids of the entries it rests on, and every number (with its unit) and date it states, so that
 * sentences can cite it and the verifier can check them.
 *
 * <p>Facts describe; they never interpret. Ranges say where they come from (the record's own, else the lab
 * catalogue's general adult range and its source). Nothing here writes prose, parses FHIR or reads originals.
 */
package org.visitprep.summary.facts;
