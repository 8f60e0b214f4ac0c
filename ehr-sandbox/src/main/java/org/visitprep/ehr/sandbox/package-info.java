/**
 * VisitPrep's test EHR: a FHIR R4 server holding Synthea patients in memory, a SMART App Launch authorization server,
 * and a small EHR page that launches the portal for a patient. For the demo and the tests only, never production.
 *
 * <p>{@link org.visitprep.ehr.sandbox.SandboxStartup} builds every service once from configuration and hands them to
 * the servlets; the feature packages below know nothing of each other's web layer.
 */
package org.visitprep.ehr.sandbox;
