/**
 * SMART App Launch in the portal, for clinicians launched from their EHR: the launch and callback endpoints, the
 * launch's own small session (not a portal sign-in: it opens {@code /smart/review.xhtml} only, acting for the EHR's
 * organization), and the review screen, which may be framed by registered EHRs only. Tokens stay in the core; this
 * package never logs a query string, a code or a token.
 */
package org.visitprep.web.smart;
