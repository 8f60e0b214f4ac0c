/**
 * The patient's records at registered EHRs: connecting one (a SMART standalone patient launch, which comes back to
 * {@code /patient/ehr/callback} inside the patient area), bringing the record in through the record import, pulling
 * it again, and disconnecting. The EHR's tokens never reach this package: the core keeps them sealed.
 */
package org.visitprep.web.patient.ehr;
