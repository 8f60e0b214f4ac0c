/**
 * The patients' records the sandbox serves, kept in memory: loaded once at start-up from Synthea bundles, with
 * each resource filed under the patient whose record it belongs to. No access rules here: the FHIR layer applies them.
 */
package org.visitprep.ehr.sandbox.record;
