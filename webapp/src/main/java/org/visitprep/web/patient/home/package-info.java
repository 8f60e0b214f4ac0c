/**
 * The patient's home page: what matters now (the next visit, results that need attention, what is shared and who
 * opened it lately), read from the core's {@code PatientHome} for the signed-in patient only.
 */
package org.visitprep.web.patient.home;
