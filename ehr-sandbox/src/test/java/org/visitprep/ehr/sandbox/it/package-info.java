/**
 * Integration tests over real HTTP: the WAR deployed in Payara Micro ({@link
 * org.visitprep.ehr.sandbox.testing.TestEhr}, started once for the whole run), serving public Synthea bundles from
 * shared/fhir-corpus.
 */
package org.visitprep.ehr.sandbox.it;
