/**
 * Running VisitPrep: the clinicians of the organisation (invited, edited, disabled at the identity provider through
 * its admin API, with a service account of the portal's own), the portal sessions of disabled accounts, and the
 * audit of every administrative change.
 *
 * <p>Only administrators reach these services ({@code @RolesAllowed}); nothing here reads a patient's health data.
 */
package org.visitprep.administration;
