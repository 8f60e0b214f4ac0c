/**
 * The sandbox's own clinic: the organization "VisitPrep Sandbox Clinic" and its practitioners Dr Bob and Dr Carol,
 * with stable ids, served as FHIR resources and offered as the people one can sign in as.
 */
package org.visitprep.ehr.sandbox.clinic;
