/**
 * The EHRs VisitPrep may connect to, read from MicroProfile Config: each one's FHIR base URL ({@code iss}), the
 * portal's client registration there, its name for people, the organization patients share summaries with, and the
 * origin allowed to frame the portal. Lookups go by {@code iss}, exactly; an unregistered EHR is never contacted.
 *
 * <p>Which portal clinician each EHR user is lives in the database ({@link StoredClinicianMaps}), seeded once per EHR
 * from the settings ({@link EhrClinicianMap}) and edited by administrators.
 */
package org.visitprep.ehr.registry;
