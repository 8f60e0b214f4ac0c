/**
 * Patients' connections to their record at an EHR: which portal patient is which patient at which EHR, and the
 * tokens that let the portal pull the record again, sealed with the patient's data key (never in clear, never in a
 * log, a URL or a cookie). Disconnecting deletes the tokens with the connection.
 *
 * <p>{@link org.visitprep.ehr.connection.EhrConnections} is the repository; the record entries pulled through a
 * connection are stored by the record import, not here.
 */
package org.visitprep.ehr.connection;
