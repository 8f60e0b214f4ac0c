/**
 * Who uses VisitPrep: the portal account created at first sign-in, keyed by the identity provider's subject, with
 * its role (patient, clinician, administrator) and display name.
 *
 * <p>Signing in itself happens in the identity provider; this package only remembers the people it has seen.
 */
package org.visitprep.identity;
