/**
 * The portal as a SMART App Launch 2 client of hospital EHRs: the registered EHRs ({@code registry}), the launch
 * flows and their tokens ({@code smart}), patients' connections to an EHR with their sealed tokens
 * ({@code connection}), and pulling a connected record through the EHR's FHIR API ({@code pull}).
 *
 * <p>The web layer calls {@link org.visitprep.ehr.smart.SmartLaunches} and {@link EhrConnectionService}; it never
 * sees a token. Nothing here stores record entries (the import service does) and nothing here logs a token, a
 * verifier or health data, nor puts one in a message.
 */
package org.visitprep.ehr;
