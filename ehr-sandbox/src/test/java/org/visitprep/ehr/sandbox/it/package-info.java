/**
 * Integration tests over real HTTP: the WAR deployed in Payara Micro, a child process started once for all tests,
 * serving a few public Synthea bundles from shared/fhir-corpus.
 */
package org.visitprep.ehr.sandbox.it;
