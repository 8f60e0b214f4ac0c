/**
 * The EHR page a practitioner uses: pick a patient, click "Open VisitPrep for this patient", and the portal's SMART
 * launch URL opens in a frame with a fresh launch id. Server-rendered, accessible HTML (WCAG 2.1 AA).
 */
package org.visitprep.ehr.sandbox.launch.web;
