/**
 * The FHIR R4 server at {@code /fhir}, on HAPI FHIR's plain server: read, search by patient with paging, and
 * {@code Patient/$everything}, over the in-memory records. Every request but the CapabilityStatement needs a bearer
 * token from the sandbox's authorization server, and sees only what that token's grant permits.
 */
package org.visitprep.ehr.sandbox.fhir;
