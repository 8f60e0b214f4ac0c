/**
 * Sharing an approved visit summary with a clinician, a practice or an EHR organization for a limited time, the
 * clinicians' opening of it, and the access log the patient reads: every open and every refused attempt.
 *
 * <p>A clinician acts for themself and for the practices and EHR organizations they belong to ({@link
 * org.visitprep.sharing.CareTeams}); launched from an EHR, they act for that EHR's organization only. What a
 * clinician notes for the patient is sealed with the patient's data key. Nothing here logs health data.
 */
package org.visitprep.sharing;
